import type { Identifier } from 'react-admin';
import { API_URL, fetchBlob, httpClient } from '../http';
import type { CheckAnswer, Checklist, ReleasePass } from './types';

// The gate's endpoints that are not react-admin's CRUD: the gate check, checking a checklist item with its
// scan (multipart), issuing, revoking and printing a release pass. Through the data provider's httpClient
// (Bearer token, the API's errors made readable).

const post = async <T>(path: string, body?: unknown): Promise<T> =>
  (await httpClient(`${API_URL}${path}`, { method: 'POST', ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }) })).json as T;

export const gateApi = {
  check: (query: string, gate?: string) => post<CheckAnswer>('/gate/check', { query, ...(gate ? { gate } : {}) }),
  checkItem: (checklistId: Identifier, code: string, file: File, requestId: string) => {
    const form = new FormData();
    form.append('file', file);
    form.append('requestId', requestId);
    return post<Checklist>(`/checklists/${encodeURIComponent(checklistId)}/items/${encodeURIComponent(code)}/check`, form);
  },
  issue: (id: Identifier) => post<ReleasePass>(`/release-passes/${encodeURIComponent(id)}/issue`),
  revoke: (id: Identifier, reason: string) => post<ReleasePass>(`/release-passes/${encodeURIComponent(id)}/revoke`, { reason }),
  passPdf: (id: Identifier) => fetchBlob(`/release-passes/${encodeURIComponent(id)}/pass.pdf`),
  documentContent: (id: Identifier) => fetchBlob(`/documents/${encodeURIComponent(id)}/content`),
};
