import type { Identifier } from 'react-admin';
import { API_URL, httpClient } from '../../dataProvider';
import type { Approval } from '../types';

/** POST a decision or a request that waits for approval; answers the approval (400 with field errors, 403, 409). */
const post = async (path: string, body: object): Promise<Approval> => {
  const { json } = await httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) });
  return json as Approval;
};

const id$ = (id: Identifier) => encodeURIComponent(String(id));

/** POST /approvals/:id/approve: a person of another role approves, and it posts. */
export const approve = (id: Identifier, note?: string) => post(`/approvals/${id$(id)}/approve`, note?.trim() ? { note: note.trim() } : {});
/** POST /approvals/:id/reject with the reason: nothing posts. */
export const reject = (id: Identifier, note: string) => post(`/approvals/${id$(id)}/reject`, { note: note.trim() });
/** POST /payments/:id/reversal: asks for a payment's reversal, which waits for approval. */
export const requestReversal = (paymentId: Identifier, reason: string) => post(`/payments/${id$(paymentId)}/reversal`, { reason: reason.trim() });
