import { usePermissions } from 'react-admin';
import type { StaffRole } from '../session';

/**
 * The roles that may override a case (extend a deadline, reassign, cancel an escalation, change
 * priority or tier, close), see every task, and change policies and the business calendar.
 * The same list as the workflows' `MANAGER_ROLES`; the API answers 403 to anyone else.
 */
export const MANAGER_ROLES: readonly StaffRole[] = ['CS_SUPERVISOR', 'OFFICE_DIRECTOR', 'ADMIN'];

export const isManager = (role: unknown): boolean => MANAGER_ROLES.includes(role as StaffRole);

/** Whether the signed-in staff member is a manager (`getPermissions` answers the role). */
export const useIsManager = (): boolean => {
  const { permissions } = usePermissions<string | undefined>();
  return isManager(permissions);
};
