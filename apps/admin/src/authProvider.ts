import type { AuthProvider } from 'react-admin';
import { isManager, permitted } from './common/permissions';
import { applyLoginLocale, i18nProvider } from './i18n';
import {
  clearSession,
  getStaff,
  getToken,
  isTokenExpired,
  saveSession,
  type StaffSession,
} from './session';
import { endSession, freshToken } from './session';

/**
 * What each role may see and change is the API's permission table (`common/permissions.ts` reads it), so
 * the UI offers nothing the API would refuse: react-admin's create/edit/delete buttons, row links, pages
 * and menu entries ask `canAccess`. Beyond the table, facts about the resources themselves:
 */
/**
 * Only a household's sub-records and calendar days may be deleted; households, the estate's
 * structure and staff are deactivated or corrected instead.
 */
const DELETABLE = new Set(['members', 'contacts', 'proxies', 'documents', 'calendar-days']);
/**
 * Never edited: the file lending register (ARC-3: lend and return), policies (a change is a new
 * version), calendar days (removed and added again) and complaints (taken once, confirmed with the
 * resident, then changed only by their process and the managers' overrides of its case).
 */
const APPEND_ONLY = new Set([
  'file-loans',
  'policies',
  'calendar-days',
  'complaints',
  // Money received or counted is never edited; a billing run or an import is done once.
  'payments',
  'cash-handovers',
  'billing-runs',
  'bank-debit-imports',
]);
/**
 * Written only by the processes: tasks change through claim/release/complete, cases through
 * their tasks and the managers' overrides, messages through retry and posting (custom actions).
 */
const PROCESS_OWNED = new Set([
  'tasks',
  'cases',
  'escalations',
  'timeline',
  'messages',
  'complaint-follow-up',
  // Issued by the billing runs, written by imports and by the dunning process and its actions.
  'bills',
  'bank-debit-results',
  'dunning-ladders',
]);
/** The managers' pages: not even in the menu of other roles (the follow-up list of complaints, CMP-8). */
const MANAGERS_ONLY = new Set(['escalations', 'policies', 'calendar-days', 'complaint-follow-up']);
const WRITE_ACTIONS = new Set(['create', 'edit', 'delete', 'clone']);

export const canAccess = (role: string | undefined, resource: string, action: string): boolean => {
  if (MANAGERS_ONLY.has(resource) && !isManager(role)) return false;
  if (WRITE_ACTIONS.has(action)) {
    if (PROCESS_OWNED.has(resource)) return false;
    if (action === 'delete' && !DELETABLE.has(resource)) return false;
    if (action === 'edit' && APPEND_ONLY.has(resource)) return false;
  }
  // Who may: the API's permission table (deny by default).
  return permitted(role, resource, action);
};

const readErrorMessage = async (response: Response): Promise<string | undefined> => {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
    if (Array.isArray(body.message)) return body.message.join('; ');
  } catch {
    // not JSON
  }
  return undefined;
};

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    let response: Response;
    try {
      response = await fetch('/api/auth/login', {
        method: 'POST',
        // The API words its refusals (e.g. a malformed sign-in) in the language of the login page.
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': i18nProvider.getLocale() },
        body: JSON.stringify({ username, password }),
      });
    } catch {
      throw new Error('ra.notification.http_error');
    }
    if (response.status === 401) throw new Error('estate.auth.wrong_credentials');
    if (!response.ok) throw new Error((await readErrorMessage(response)) ?? 'ra.auth.sign_in_error');
    const { token, staff, refreshToken } = (await response.json()) as { token: string; refreshToken: string; staff: StaffSession };
    saveSession(token, staff, refreshToken);
    applyLoginLocale(staff.language);
  },

  async logout() {
    await endSession();
  },

  async checkAuth() {
    const token = getToken();
    // No session at all: go to the login page without an error message.
    if (!token) throw { message: false };
    // The access token lives minutes: renew it with the refresh token; sign out only when the session has ended.
    if (isTokenExpired(token, Date.now() + 30_000) && !(await freshToken())) {
      clearSession();
      throw { message: 'estate.auth.session_expired' };
    }
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      throw { message: 'estate.auth.session_expired' };
    }
    // 403 and the rest: stay signed in; the notification shows the API's message.
  },

  async getIdentity() {
    const staff = getStaff();
    if (!staff) throw new Error('ra.auth.auth_check_error');
    return { id: staff.id, fullName: staff.displayName, role: staff.role, department: staff.department };
  },

  async getPermissions() {
    return getStaff()?.role;
  },

  async canAccess({ resource, action }) {
    return canAccess(getStaff()?.role, resource, action);
  },
};
