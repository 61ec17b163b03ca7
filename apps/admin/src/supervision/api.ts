import type { Identifier } from 'react-admin';
import { API_URL, fetchBlob, httpClient } from '../http';
import type { Bilingual } from '../common/localized';

/** `GET /supervision/overview`: the page to start the day on. */
export interface Overview {
  today: string;
  totals: { open: number; overdue: number; escalatedToday: number; openedToday: number; receptionToday: number };
  ageBuckets: string[];
  processes: { process: string; name: Bilingual; open: number; overdue: number; escalated: number; openedToday: number; byAge: Record<string, number> }[];
  owners: { assigneeId: number | null; role: string | null; department: string | null; owner: Bilingual; open: number; overdue: number }[];
  escalatedToday: { caseId: number; taskId: number; task: Bilingual; deadline: Bilingual; missedAt: string | null; level: number; open: boolean }[];
}

/** `GET /supervision/waiting`: the menu's count. */
export interface Waiting {
  mine: number;
  queue: number;
  escalated: number;
  overdue: number;
  total: number;
}

/** `GET /supervision/front-desk/:day`. */
export interface FrontDeskDay {
  day: string;
  cases: { id: number; process: string; processName: Bilingual; titleZh: string; titleEn: string; openedAt: string; status: string }[];
  entries: { id: number; kind: string; channel: string; receivedAt: string; residentName: string; content: string; caseId: number | null }[] | null;
  review: { id: number; status: string; tasks: { id: number; status: string; formData: { remarks?: string } | null; completedAt: string | null; escalationLevel: number; completedBy: { displayName: string } | null }[] } | null;
}

const getJson = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;
const q = (values: Record<string, string>) => `?${new URLSearchParams(values).toString()}`;

export const supervisionApi = {
  overview: () => getJson<Overview>('/supervision/overview'),
  waiting: () => getJson<Waiting>('/supervision/waiting'),
  frontDesk: (day: string) => getJson<FrontDeskDay>(`/supervision/front-desk/${encodeURIComponent(day)}`),
  summaryPdf: (id: Identifier) => fetchBlob(`/unfinished-summaries/${encodeURIComponent(id)}/summary.pdf`),
  feeFigures: (from: string, to: string) => getJson<{ total: { rate: number | null } }>(`/fees/figures${q({ from, to })}`),
  complaintFigures: (from: string, to: string) =>
    getJson<{ total: { returnVisitRate: number | null }; byTier: Partial<Record<string, { onTime: number; late: number; pending: number }>> }>(`/complaints/figures${q({ from, to })}`),
  surveyFigures: (from: string, to: string) => getJson<{ channels: { key: string; rate: number | null }[] }>(`/surveys/figures${q({ from, to })}`),
  repairFigures: (from: string, to: string) => getJson<{ total: { returnVisitRate: number | null } }>(`/repairs/figures${q({ from, to })}`),
};

/** A react-admin list URL with its filter (each number on the landing page opens the list behind it). */
export const listLink = (resource: string, filter: object) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
