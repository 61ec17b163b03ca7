import type { Identifier } from 'react-admin';
import { API_URL, fetchBlob, httpClient } from '../http';
import type { RepairCatalogue, RepairFigures, RepairOrder, RepairQuote } from './types';

// The repair endpoints that are not react-admin's CRUD: the catalogue and the quote the intake form reads,
// voiding an order, the figures, and the printable order. They go
// through the data provider's `httpClient` (Bearer token, the API's errors made readable for the forms).

const query = (values: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

const getJson = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;

export const repairsApi = {
  catalogue: () => getJson<RepairCatalogue>('/repairs/catalogue'),
  quote: (params: { category: string; householdId?: Identifier; priceCode?: string }) =>
    getJson<RepairQuote>(`/repairs/quote${query({ category: params.category, householdId: params.householdId as number | undefined, priceCode: params.priceCode })}`),
  void: async (id: Identifier, reason: string) =>
    (await httpClient(`${API_URL}/repairs/${encodeURIComponent(id)}/void`, { method: 'POST', body: JSON.stringify({ reason }) })).json as RepairOrder,
  orderPdf: (id: Identifier) => fetchBlob(`/repairs/${encodeURIComponent(id)}/order.pdf`),
  /** `to` is the day after the period's last one (the API counts up to it, excluded). */
  figures: (from: string, to: string) => getJson<RepairFigures>(`/repairs/figures${query({ from, to })}`),
};

