import { fetchUtils, HttpError, type RaRecord } from 'react-admin';
import { i18nProvider } from './i18n';
import { freshToken, getToken, refreshAccessToken } from './session';

// How the back office talks to the API: the base URL, the Bearer token renewed before it runs out, the
// UI's language for the API's error texts, and the API's errors made readable for react-admin's forms.

/** The API, always through the relative base URL: the dev/preview proxy or the reverse proxy forwards it. */
export const API_URL = '/api';

interface ApiErrorBody {
  statusCode?: number;
  message?: unknown;
  errors?: unknown;
}

const messageOf = (body: ApiErrorBody | undefined, fallback: string): string => {
  if (typeof body?.message === 'string' && body.message) return body.message;
  if (Array.isArray(body?.message)) return body.message.join('; ');
  return fallback;
};

/**
 * The API reports validation errors as `errors: [{ field, message }]`. react-admin forms read
 * `body.errors` as `{ field: message }` and show `errors.root.serverError` as the notification,
 * so the list is folded into that shape.
 */
export const normalizeError = (error: unknown): unknown => {
  if (!(error instanceof HttpError)) return error;
  const body = (error.body ?? undefined) as ApiErrorBody | undefined;
  let message = messageOf(body, error.message);
  let errors: Record<string, unknown> | undefined;
  if (Array.isArray(body?.errors) && body.errors.length > 0) {
    const reasons: string[] = [];
    errors = {};
    for (const item of body.errors as { field?: unknown; message?: unknown }[]) {
      if (typeof item?.field !== 'string' || !item.field || item.field === 'root') continue;
      const text = typeof item.message === 'string' ? item.message : message;
      if (!reasons.includes(text)) reasons.push(text);
      const previous = errors[item.field];
      errors[item.field] = typeof previous === 'string' ? `${previous}; ${text}` : text;
    }
    // A message that only lists "field: reason" becomes the reasons alone, without the API's field
    // names: the fields at fault are marked in the form under their own labels. A message of its own
    // (e.g. "A reason is required.") stays as it is.
    const summary = (body.errors as { field?: unknown; message?: unknown }[]).map((e) => `${String(e?.field)}: ${String(e?.message)}`).join('; ');
    if (message === summary && reasons.length) message = reasons.join(i18nProvider.getLocale() === 'zh' ? '；' : '; ');
    errors.root = { serverError: message };
  }
  const normalizedBody = body ? { ...body, message, errors } : body;
  if (normalizedBody && !errors) delete normalizedBody.errors;
  return new HttpError(message, error.status, normalizedBody);
};

/**
 * The headers of every API request: the Bearer token, and the UI's language, in which the API
 * answers its error messages (read at each request, so a switch of language applies at once).
 */
const withAuth = (headers?: HeadersInit): Headers => {
  const result = new Headers(headers);
  if (!result.has('Accept')) result.set('Accept', 'application/json');
  result.set('Accept-Language', i18nProvider.getLocale());
  const token = getToken();
  if (token) result.set('Authorization', `Bearer ${token}`);
  return result;
};

/**
 * Runs a call with a fresh access token (renewed shortly before it runs out); on a 401 renews it once and
 * tries again, so that a session outliving its access tokens goes on unnoticed. A second 401 stands
 * (react-admin's checkError then signs out).
 */
const withFreshToken = async <T>(call: () => Promise<T>, isUnauthorized: (error: unknown) => boolean): Promise<T> => {
  await freshToken();
  try {
    return await call();
  } catch (error) {
    if (!isUnauthorized(error) || !getToken() || !(await refreshAccessToken())) throw error;
    return call();
  }
};

/** fetchJson with the Bearer token, and the API's error bodies made readable for react-admin. */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  try {
    return await withFreshToken(
      () => fetchUtils.fetchJson(url, { ...options, headers: withAuth(options.headers) }),
      (error) => error instanceof HttpError && error.status === 401,
    );
  } catch (error) {
    throw normalizeError(error);
  }
};

/** POST or PUT a JSON body to a non-CRUD endpoint and answer the record the API sends back. */
export const send = async (path: string, body?: unknown, method: 'POST' | 'PUT' = 'POST'): Promise<{ data: RaRecord }> => {
  const { json } = await httpClient(`${API_URL}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { data: json };
};

/** GET a binary endpoint with the Authorization header, as a Blob; API errors as HttpError. */
export const fetchBlob = async (path: string): Promise<Blob> => {
  const response = await withFreshToken(
    async () => {
      const answer = await fetch(`${API_URL}${path}`, { headers: withAuth({ Accept: '*/*' }) });
      if (answer.status === 401) throw answer;
      return answer;
    },
    (error) => error instanceof Response,
  ).catch((error: unknown) => {
    if (error instanceof Response) return error;
    throw error;
  });
  if (!response.ok) {
    let body: ApiErrorBody | undefined;
    try {
      body = (await response.json()) as ApiErrorBody;
    } catch {
      body = undefined;
    }
    throw new HttpError(messageOf(body, response.statusText), response.status, body);
  }
  return response.blob();
};

/** Saves a Blob under a file name (the browser's download). */
export const saveBlob = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
