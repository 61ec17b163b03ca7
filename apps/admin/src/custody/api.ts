import type { Identifier } from 'react-admin';
import { API_URL, httpClient } from '../http';
import type { Custody, CustodyFigures } from './types';

// The custody endpoints beyond react-admin's CRUD: readings, the end at the owner's request, the rain's end, the figures.
const post = async <T>(path: string, body?: unknown): Promise<T> =>
  (await httpClient(`${API_URL}${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) })).json as T;

export interface Readings {
  water: number;
  electricity: number;
}

export const custodyApi = {
  reading: (id: Identifier, values: Readings) => post<Custody>(`/custody/${encodeURIComponent(id)}/readings`, values),
  end: (id: Identifier, values: Readings) => post<Custody>(`/custody/${encodeURIComponent(id)}/end`, values),
  rainOver: (id: Identifier) => post<unknown>(`/rain-warnings/${encodeURIComponent(id)}/over`),
  figures: async () => (await httpClient(`${API_URL}/custody/figures`)).json as CustodyFigures,
};
