import type { Identifier } from 'react-admin';
import { API_URL, httpClient } from '../http';

// The handover list's endpoints beyond react-admin's CRUD: the import and the appointment.
const post = async <T>(path: string, body: unknown): Promise<T> => (await httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;

export interface HandoverImport {
  id: number;
  lines: number;
  notices: number;
  fileName: string | null;
}

export const handoverApi = {
  importList: (body: { estateId: number; csv: string; fileName?: string; requestId: string }) => post<HandoverImport>('/handover-imports', body),
  book: (id: Identifier, from: string, to: string) => post<unknown>(`/handover-notices/${encodeURIComponent(id)}/appointment`, { from, to }),
};
