import { SetMetadata } from '@nestjs/common';
import type { StaffRole } from '../../../../prisma/client';

export const ROLES = 'roles';
/** Only these roles may call the endpoint (ADMIN always may). No roles: any signed-in staff. */
export const Roles = (...roles: StaffRole[]) => SetMetadata(ROLES, roles);
