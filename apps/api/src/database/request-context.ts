import { AsyncLocalStorage } from 'node:async_hooks';

/** What the database layer knows of the request it works for: who is signed in (none: the system). */
export interface RequestContext {
  staffId: number | null;
}

/** Filled for each request by the history's interceptor, after the auth guard has set `request.staff`. */
export const requestContext = new AsyncLocalStorage<RequestContext>();

/** The signed-in staff member of the request in progress, or null (a worker, a script, a public route). */
export const currentStaffId = (): number | null => requestContext.getStore()?.staffId ?? null;
