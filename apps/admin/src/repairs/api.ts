import { HttpError, type Identifier } from 'react-admin';
import { API_URL, httpClient } from '../dataProvider';
import { i18nProvider } from '../i18n';
import { freshToken, getToken } from '../session';
import type { RepairCatalogue, RepairFigures, RepairOrder, RepairQuote } from './types';

// The repair endpoints that are not react-admin's CRUD: the catalogue and the quote the intake form reads,
// voiding an order, the figures, and the files (the printable order, the figures as CSV and PDF). They go
// through the data provider's `httpClient` (Bearer token, the API's errors made readable for the forms).

const query = (values: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

const getJson = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;

/** A file the API serves only with the Authorization header, as a Blob; its refusal as an HttpError. */
const getBlob = async (path: string): Promise<Blob> => {
  await freshToken();
  const headers = new Headers({ Accept: '*/*', 'Accept-Language': i18nProvider.getLocale() });
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${API_URL}${path}`, { headers });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { message?: unknown } | undefined;
    throw new HttpError(typeof body?.message === 'string' ? body.message : response.statusText, response.status, body);
  }
  return response.blob();
};

export const repairsApi = {
  catalogue: () => getJson<RepairCatalogue>('/repairs/catalogue'),
  quote: (params: { category: string; householdId?: Identifier; priceCode?: string }) =>
    getJson<RepairQuote>(`/repairs/quote${query({ category: params.category, householdId: params.householdId as number | undefined, priceCode: params.priceCode })}`),
  void: async (id: Identifier, reason: string) =>
    (await httpClient(`${API_URL}/repairs/${encodeURIComponent(id)}/void`, { method: 'POST', body: JSON.stringify({ reason }) })).json as RepairOrder,
  orderPdf: (id: Identifier) => getBlob(`/repairs/${encodeURIComponent(id)}/order.pdf`),
  /** `to` is the day after the period's last one (the API counts up to it, excluded). */
  figures: (from: string, to: string) => getJson<RepairFigures>(`/repairs/figures${query({ from, to })}`),
  figuresFile: (format: 'csv' | 'pdf', from: string, to: string) => getBlob(`/repairs/figures.${format}${query({ from, to })}`),
};

/** Saves a Blob under a file name (the browser's download). */
export const saveBlob = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
