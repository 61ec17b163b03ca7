import simpleRestProvider from 'ra-data-simple-rest';
import { type DataProvider, type GetManyParams, type Identifier, type RaRecord } from 'react-admin';
import { withListQuery } from './common/xlsx/listQuery';
import type { BillingSchedule, CashReconciliation, FeeFigures, Ledger, PendingCash } from './fees/endpoints';
import type { LadderActions } from './fees/types';
import { API_URL, fetchBlob, httpClient, send } from './http';

export { API_URL, httpClient, normalizeError } from './http';

/** GET a non-CRUD JSON endpoint, with its query parameters. */
const getJson = async <T>(path: string, query?: Record<string, string | number>): Promise<T> => {
  const search = query ? `?${new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]))}` : '';
  const { json } = await httpClient(`${API_URL}${path}${search}`);
  return json as T;
};

const id$ = (id: Identifier) => encodeURIComponent(id);

/** The managers' overrides of a case: `POST /cases/:id/<endpoint>`, each answering the updated case. */
export interface CaseOverrides {
  /** `deadlineKey`: which deadline of the task moves (omitted: its next one); the others keep their time. */
  'extend-deadline': { taskId: Identifier; deadlineKey?: string; dueAt: string; reason: string };
  reassign: { taskId: Identifier; role?: string; department?: string; assigneeId?: Identifier; reason: string };
  'cancel-escalation': { taskId: Identifier; deadlineKey?: string; reason: string };
  priority: { priority: string; reason: string };
  tier: { tier: string; reason: string };
  close: { justification: string };
}

export interface DocumentUpload {
  householdId: Identifier;
  kind: string;
  title: string;
  file: File;
  /** One per filling of the upload form: the same upload sent again is stored once. */
  requestId?: string;
}

/** One line of the complaint figures (CMP-9): counts, and rates from 0 to 1 (null without a base). */
export interface ComplaintFigureLine {
  received: number;
  resolved: number;
  onTime: number;
  late: number;
  pending: number;
  invalid: number;
  returnVisits: number;
  returnVisitRate: number | null;
  satisfactionRate: number | null;
}

/** `GET /complaints/figures`: the period's total, per tier and per department. */
export interface ComplaintFigures {
  from: string;
  to: string;
  total: ComplaintFigureLine;
  byTier: Partial<Record<string, ComplaintFigureLine>>;
  byDepartment: Partial<Record<string, ComplaintFigureLine>>;
}

/** The stock simple-rest provider plus the few endpoints that are not CRUD. */
export interface EstateDataProvider extends DataProvider {
  /** POST /file-loans/:id/return: the file came back; answers the updated loan (409 if already returned). */
  returnFileLoan(id: Identifier): Promise<{ data: RaRecord }>;
  /** POST /documents as multipart/form-data. */
  uploadDocument(upload: DocumentUpload): Promise<{ data: RaRecord }>;
  /** DELETE /<resource>/:id with `{ reason }`: a record of the household file is withdrawn, never deleted (ARC-1). */
  withdraw(resource: string, id: Identifier, reason: string): Promise<{ data: RaRecord }>;
  /** GET /documents/:id/content, with the Authorization header, as a Blob. */
  getDocumentContent(id: Identifier): Promise<Blob>;
  /** POST /tasks/:id/claim (409 if someone claimed it first); answers the task. */
  claimTask(id: Identifier): Promise<{ data: RaRecord }>;
  /** POST /tasks/:id/unclaim: back to the queue; answers the task. */
  unclaimTask(id: Identifier): Promise<{ data: RaRecord }>;
  /** POST /tasks/:id/complete with the form's values (400 with field errors, 409 if already done). */
  completeTask(id: Identifier, formData: Record<string, unknown>): Promise<{ data: RaRecord }>;
  /** A manager's override of a case (403 for other roles); answers the updated case. */
  overrideCase<K extends keyof CaseOverrides>(caseId: Identifier, endpoint: K, body: CaseOverrides[K]): Promise<{ data: RaRecord }>;
  /** POST /messages/:id/retry: send a failed message again (409 if it has not failed). */
  retryMessage(id: Identifier): Promise<{ data: RaRecord }>;
  /** GET /messages/:id/pdf: the letter, as a Blob. */
  getMessagePdf(id: Identifier): Promise<Blob>;
  /** PUT /messages/:id/posting: the express-mail tracking number of a posted letter (FEE-4). */
  recordPosting(id: Identifier, posting: { trackingNumber: string; postedAt?: string }): Promise<{ data: RaRecord }>;
  /** GET /complaints/figures?from=YYYY-MM-DD&to=YYYY-MM-DD (`to` excluded): the complaint figures of a period. */
  getComplaintFigures(from: string, to: string): Promise<ComplaintFigures>;
  /** GET /households/:id/ledger: what the household was billed, paid and owes (FEE-1..3). */
  getHouseholdLedger(householdId: Identifier): Promise<Ledger>;
  /** GET /billing/schedule: the monthly billing schedule, paused or not, and its next runs. */
  getBillingSchedule(): Promise<BillingSchedule>;
  /** POST /billing/schedule/pause or /unpause with a note (managers); answers the schedule. */
  pauseBillingSchedule(paused: boolean, note: string): Promise<BillingSchedule>;
  /** GET /cash-handovers/pending: a collector's cash of a day not handed over yet (FEE-7). */
  getPendingCash(collectorId: Identifier, date: string): Promise<PendingCash>;
  /** GET /cash-handovers/reconciliation: a day's receipts by collector and by method (FEE-7). */
  getCashReconciliation(date: string): Promise<CashReconciliation>;
  /** POST /dunning-ladders/:id/<action>; answers the ladder (400 with field errors, 403, 409). */
  ladderAction<K extends keyof LadderActions>(id: Identifier, action: K, body: LadderActions[K]): Promise<{ data: RaRecord }>;
  /** POST /dunning-ladders/sweep (managers): look for households in arrears now. */
  sweepLadders(): Promise<{ workflowId: string }>;
  /** GET /payments/:id/receipt.pdf: the bilingual receipt, as a Blob. */
  getPaymentReceipt(id: Identifier): Promise<Blob>;
  /** GET /fees/figures?from=YYYY-MM&to=YYYY-MM: collection rate, arrears by step and by age (FEE-7). */
  getFeeFigures(from: string, to: string): Promise<FeeFigures>;
}

/**
 * Resources whose API path is not their name: the bank debit imports and their lines live under
 * `/bank-debits/`, which is not a resource of its own.
 */
const RESOURCE_PATHS: Record<string, string> = {
  'bank-debit-imports': 'bank-debits/imports',
  'bank-debit-results': 'bank-debits/results',
};

const CRUD_METHODS = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
] as const;

/** The stock provider, with each resource sent to its API path. */
const routed = (provider: DataProvider): DataProvider => {
  const result = { ...provider };
  for (const method of CRUD_METHODS) {
    const call = provider[method] as (resource: string, params: unknown) => Promise<unknown>;
    (result as Record<string, unknown>)[method] = (resource: string, params: unknown) =>
      call(RESOURCE_PATHS[resource] ?? resource, params);
  }
  return result;
};

const baseProvider = routed(simpleRestProvider(API_URL, httpClient));

/** The API answers at most this many rows a page (list-query's MAX_PAGE). */
const MAX_PAGE = 1000;

/**
 * The stock getMany sends `filter={"id":[...]}` without a range, and the API answers a page of 25 by
 * default: a page showing more than 25 different households or staff members lost the names past the
 * 25th. Here the range covers every id asked, a page of at most 1,000 at a time.
 */
const getMany = (async (resource: string, params: GetManyParams & { signal?: AbortSignal }) => {
  const path = RESOURCE_PATHS[resource] ?? resource;
  const ids = [...new Set(params.ids)];
  const data: RaRecord[] = [];
  for (let start = 0; start < ids.length; start += MAX_PAGE) {
    const chunk = ids.slice(start, start + MAX_PAGE);
    const query = new URLSearchParams({ filter: JSON.stringify({ id: chunk }), range: JSON.stringify([0, chunk.length - 1]) });
    const { json } = await httpClient(`${API_URL}/${path}?${query}`, { signal: params.signal });
    data.push(...(json as RaRecord[]));
  }
  return { data };
}) as DataProvider['getMany'];

export const dataProvider: EstateDataProvider = {
  ...baseProvider,
  getMany,

  // Each page of a list remembers its query, so that an export fetches the pages after it alike (common/xlsx).
  getList: async (resource, params) => withListQuery(resource, params, await baseProvider.getList(resource, params)),

  async returnFileLoan(id) {
    const { json } = await httpClient(`${API_URL}/file-loans/${encodeURIComponent(id)}/return`, { method: 'POST' });
    return { data: json };
  },

  async uploadDocument({ householdId, kind, title, file, requestId }) {
    const form = new FormData();
    form.append('householdId', String(householdId));
    form.append('kind', kind);
    form.append('title', title);
    if (requestId) form.append('requestId', requestId);
    form.append('file', file, file.name);
    const { json } = await httpClient(`${API_URL}/documents`, { method: 'POST', body: form });
    return { data: json };
  },

  getDocumentContent: (id) => fetchBlob(`/documents/${id$(id)}/content`),

  async withdraw(resource, id, reason) {
    const { json } = await httpClient(`${API_URL}/${resource}/${id$(id)}`, { method: 'DELETE', body: JSON.stringify({ reason }) });
    return { data: json };
  },

  claimTask: (id) => send(`/tasks/${id$(id)}/claim`),
  unclaimTask: (id) => send(`/tasks/${id$(id)}/unclaim`),
  completeTask: (id, formData) => send(`/tasks/${id$(id)}/complete`, { formData }),
  overrideCase: (caseId, endpoint, body) => send(`/cases/${id$(caseId)}/${endpoint}`, body),
  retryMessage: (id) => send(`/messages/${id$(id)}/retry`),
  getMessagePdf: (id) => fetchBlob(`/messages/${id$(id)}/pdf`),
  recordPosting: (id, posting) => send(`/messages/${id$(id)}/posting`, posting, 'PUT'),

  getComplaintFigures: (from, to) => getJson<ComplaintFigures>('/complaints/figures', { from, to }),

  getHouseholdLedger: (householdId) => getJson<Ledger>(`/households/${id$(householdId)}/ledger`),
  getBillingSchedule: () => getJson<BillingSchedule>('/billing/schedule'),
  pauseBillingSchedule: async (paused, note) =>
    (await send(`/billing/schedule/${paused ? 'pause' : 'unpause'}`, { note })).data as unknown as BillingSchedule,
  getPendingCash: (collectorId, date) => getJson<PendingCash>('/cash-handovers/pending', { collectorId: String(collectorId), date }),
  getCashReconciliation: (date) => getJson<CashReconciliation>('/cash-handovers/reconciliation', { date }),
  ladderAction: (id, action, body) => send(`/dunning-ladders/${id$(id)}/${action}`, body),
  sweepLadders: async () => (await send('/dunning-ladders/sweep')).data as unknown as { workflowId: string },
  getPaymentReceipt: (id) => fetchBlob(`/payments/${id$(id)}/receipt.pdf`),
  getFeeFigures: (from, to) => getJson<FeeFigures>('/fees/figures', { from, to }),
};
