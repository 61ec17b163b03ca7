import type { Identifier } from 'react-admin';
import { API_URL, fetchBlob, httpClient } from '../http';
import type { Condition, Inspection } from './types';

// The inspection's endpoints beyond react-admin's CRUD, through the data provider's httpClient (Bearer
// token, the API's errors made readable).

const send = async <T>(method: 'POST' | 'PUT', path: string, body?: unknown): Promise<T> =>
  (await httpClient(`${API_URL}${path}`, { method, ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }) })).json as T;

const at = (id: Identifier) => `/inspections/${encodeURIComponent(id)}`;

export const inspectionsApi = {
  get: async (id: Identifier) => (await httpClient(`${API_URL}${at(id)}`)).json as Inspection,
  record: (id: Identifier, itemId: number, condition: Condition, note?: string) => send<Inspection>('PUT', `${at(id)}/items/${itemId}`, { condition, ...(note ? { note } : {}) }),
  photo: (id: Identifier, itemId: number, file: File, requestId: string) => {
    const form = new FormData();
    form.append('file', file);
    form.append('requestId', requestId);
    return send<Inspection>('POST', `${at(id)}/items/${itemId}/photos`, form);
  },
  meters: (id: Identifier, readings: Record<string, number>) => send<Inspection>('PUT', `${at(id)}/meters`, { readings }),
  confirm: (id: Identifier, party: string, name: string) => send<Inspection>('POST', `${at(id)}/confirm`, { party, name }),
  signOff: (id: Identifier, itemId: number, name: string) => send<Inspection>('POST', `${at(id)}/items/${itemId}/sign-off`, { name }),
  report: (id: Identifier) => fetchBlob(`${at(id)}/report.pdf`),
};
