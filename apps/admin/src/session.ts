/** The signed-in staff member, as returned by POST /api/auth/login. */
export interface StaffSession {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  department: string;
  language: 'zh' | 'en';
}

export type StaffRole =
  | 'RECEPTION'
  | 'SERVICE_COMMISSIONER'
  | 'ENGINEER'
  | 'CASHIER'
  | 'INTERNAL_CLERK'
  | 'CS_SUPERVISOR'
  | 'OFFICE_DIRECTOR'
  | 'ADMIN';

const TOKEN_KEY = 'estateDesk.token';
const STAFF_KEY = 'estateDesk.staff';

export const getToken = (): string | null => window.localStorage.getItem(TOKEN_KEY);

export const getStaff = (): StaffSession | null => {
  const raw = window.localStorage.getItem(STAFF_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StaffSession;
  } catch {
    return null;
  }
};

export const saveSession = (token: string, staff: StaffSession): void => {
  window.localStorage.setItem(TOKEN_KEY, token);
  window.localStorage.setItem(STAFF_KEY, JSON.stringify(staff));
};

export const clearSession = (): void => {
  window.localStorage.removeItem(TOKEN_KEY);
  window.localStorage.removeItem(STAFF_KEY);
};

/**
 * Whether a JWT has passed its `exp` claim. A token that is not a readable JWT is left to the
 * API to judge (it answers 401, which signs the user out).
 */
export const isTokenExpired = (token: string, now = Date.now()): boolean => {
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' && json.exp * 1000 <= now;
  } catch {
    return false;
  }
};
