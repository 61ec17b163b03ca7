import type { Identifier } from 'react-admin';
import { API_URL, fetchBlob, httpClient } from '../http';
import type { Decoration, DecorationFigures, DecorationRules } from './types';

// The decoration endpoints that are not react-admin's CRUD: filing, the authority's approval (multipart),
// violations, lifting a stop, finishing, a worker's identity, the permit PDF, the rules and the figures.

const post = async <T>(path: string, body?: unknown): Promise<T> =>
  (await httpClient(`${API_URL}${path}`, { method: 'POST', ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }) })).json as T;
const getJson = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;
const at = (id: Identifier) => `/decorations/${encodeURIComponent(id)}`;

export const decorationApi = {
  rules: () => getJson<DecorationRules>('/decorations/rules'),
  figures: (from: string, to: string) => getJson<DecorationFigures>(`/decorations/figures?from=${from}&to=${to}`),
  file: (id: Identifier) => post<Decoration>(`${at(id)}/file`),
  authority: (id: Identifier, file: File, requestId: string) => {
    const form = new FormData();
    form.append('file', file);
    form.append('requestId', requestId);
    return post<Decoration>(`${at(id)}/authority-approval`, form);
  },
  violation: (id: Identifier, notes: string, attachmentIds: number[]) => post<Decoration>(`${at(id)}/violations`, { notes, attachmentIds }),
  attachPhoto: (caseId: Identifier, file: File, note: string) => {
    const form = new FormData();
    form.append('file', file);
    form.append('note', note);
    return post<{ id: number }>(`/cases/${encodeURIComponent(caseId)}/attachments`, form);
  },
  lift: (id: Identifier, reason: string) => post<Decoration>(`${at(id)}/lift-stop`, { reason }),
  finish: (id: Identifier) => post<Decoration>(`${at(id)}/finish`),
  identity: (workerId: Identifier) => getJson<{ id: number; idNumber: string }>(`/decoration-workers/${encodeURIComponent(workerId)}/identity`),
  permitPdf: (id: Identifier) => fetchBlob(`${at(id)}/permit.pdf`),
};
