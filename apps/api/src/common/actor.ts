import type { Actor } from '../../../../workflows/core/types';
import type { StaffPrincipal } from '../auth/current-staff.decorator';

/** The signed-in staff member as workflow code sees them. */
export const actorOf = (staff: StaffPrincipal): Actor => ({ id: staff.id, role: staff.role, department: staff.department ?? null });
