/** The signed-in staff member, as returned by POST /api/auth/login. */
export interface StaffSession {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  department: string;
  language: 'zh' | 'en';
}

import type { StaffRole } from '../../../workflows/core/types';

/** The roles of the department, as the API and the workflows know them. */
export type { StaffRole } from '../../../workflows/core/types';

const TOKEN_KEY = 'estateDesk.token';
const STAFF_KEY = 'estateDesk.staff';
const REFRESH_KEY = 'estateDesk.refreshToken';

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

/** The access token (short-lived), the refresh token that renews it, and who signed in. */
export const saveSession = (token: string, staff: StaffSession, refreshToken?: string): void => {
  window.localStorage.setItem(TOKEN_KEY, token);
  window.localStorage.setItem(STAFF_KEY, JSON.stringify(staff));
  if (refreshToken) window.localStorage.setItem(REFRESH_KEY, refreshToken);
};

export const clearSession = (): void => {
  window.localStorage.removeItem(TOKEN_KEY);
  window.localStorage.removeItem(STAFF_KEY);
  window.localStorage.removeItem(REFRESH_KEY);
};

export const getRefreshToken = (): string | null => window.localStorage.getItem(REFRESH_KEY);

let refreshing: Promise<string | null> | undefined;

/**
 * Renews the access token with the refresh token (POST /api/auth/refresh, which also replaces the refresh
 * token). Calls made at the same time share one renewal, since a refresh token works once. Answers the new
 * access token, or null when the session has ended on the server (signed out, deactivated, role or
 * password changed, expired): then the stored session is cleared.
 */
export const refreshAccessToken = (): Promise<string | null> => {
  refreshing ??= (async () => {
    const refreshToken = getRefreshToken();
    if (!refreshToken) return null;
    try {
      const response = await fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (!response.ok) {
        // Another tab may have renewed it first: its tokens are in the shared storage.
        if (getRefreshToken() !== refreshToken) return getToken();
        if (response.status === 401) clearSession();
        return null;
      }
      const next = (await response.json()) as { token: string; refreshToken: string; staff: StaffSession };
      saveSession(next.token, next.staff, next.refreshToken);
      return next.token;
    } catch {
      return null;
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
};

/** An access token good for at least `marginMs` more: the stored one, or a renewed one (null if none). */
export const freshToken = async (marginMs = 30_000): Promise<string | null> => {
  const token = getToken();
  if (!token) return null;
  if (!isTokenExpired(token, Date.now() + marginMs)) return token;
  return (await refreshAccessToken()) ?? (isTokenExpired(token) ? null : token);
};

/** Sign-out on the server too (POST /api/auth/logout ends the session), then here. */
export const endSession = async (): Promise<void> => {
  const token = getToken();
  const refreshToken = getRefreshToken();
  clearSession();
  if (!token && !refreshToken) return;
  try {
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(refreshToken ? { refreshToken } : {}),
    });
  } catch {
    // Offline: the session still ends on the server when its refresh token expires.
  }
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
