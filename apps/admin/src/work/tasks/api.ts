import { useQuery } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { API_URL, httpClient } from '../../http';
import { getStaff } from '../../session';
import type { FormFieldDef } from './types';

/** `GET /tasks/counts`: how much open work each inbox view and menu entry holds, and the newest task waiting. */
export interface TaskCounts {
  views: { mine: number; queue: number; escalated: number; overdue: number; dueToday: number };
  /** The inbox entry's count: mine, my queue, escalated to me. */
  waiting: number;
  /** Other menu entries holding work for this role, by resource (the managers' escalations). */
  menu: Partial<Record<string, number>>;
  newest: { id: number; titleZh: string; titleEn: string; createdAt: string; assigneeId: number | null } | null;
}

/** `GET /tasks/:id/summary`: what the job is, as the staff member's role may read it. */
export interface TaskSummary {
  case: {
    id: number;
    process: string;
    titleZh: string;
    titleEn: string;
    status: string;
    priority: string;
    tier: string | null;
    escalationLevel: number;
    openedAt: string;
    closedAt: string | null;
    householdId: number | null;
    tasks: { id: number; key: string; titleZh: string; titleEn: string; status: string; form: FormFieldDef[] | null }[];
  };
  household: { id: number; name: string; occupancy: string; unit: string; phone: string | null; phoneMasked: boolean } | null;
  /** The process's own record (a complaint, a repair order...), when the role may read it. */
  record: { kind: string; route: string; id: number; fields: Record<string, unknown> } | null;
  contact: { name: string; phone: string | null; phoneMasked: boolean } | null;
}

const getJson = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;

export const tasksApi = {
  counts: () => getJson<TaskCounts>('/tasks/counts'),
  summary: (id: Identifier) => getJson<TaskSummary>(`/tasks/${encodeURIComponent(id)}/summary`),
};

/** How often the back office asks how much work waits (and on every return to the window). */
export const COUNTS_REFRESH_MS = 15_000;

export const TASK_COUNTS_KEY = ['tasks', 'counts'] as const;

/**
 * The counts, shared by the menu, the inbox's tabs and the new-task notice (one request for all of them),
 * asked every 15 seconds and when the window regains the focus; only while someone is signed in.
 */
export const useTaskCounts = () =>
  useQuery({
    queryKey: TASK_COUNTS_KEY,
    queryFn: tasksApi.counts,
    enabled: getStaff() != null,
    refetchInterval: COUNTS_REFRESH_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: 'always',
  });

/** The task page's summary of the job; re-read with the task when the page refreshes. */
export const useTaskSummary = (id: Identifier | undefined, refetchInterval: number | false) =>
  useQuery({ queryKey: ['tasks', 'summary', id], queryFn: () => tasksApi.summary(id!), enabled: id != null, refetchInterval });
