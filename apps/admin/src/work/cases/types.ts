import type { RaRecord } from 'react-admin';
import type { CaseTask } from '../tasks/types';

export type { CaseTask };

/** A case as `GET /cases` (and `GET /escalations`) answers it, with its tasks. */
export interface Case extends RaRecord {
  process: string;
  workflowId: string;
  titleZh: string;
  titleEn: string;
  householdId: number | null;
  priority: string;
  tier: string | null;
  status: 'OPEN' | 'CLOSED';
  escalationLevel: number;
  policyKey: string | null;
  policyVersion: number | null;
  openedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  household?: { id: number; name: string; unit?: { number: string } | null } | null;
  tasks?: CaseTask[];
}

/** The open tasks of a case. */
export const openTasks = (record: Pick<Case, 'tasks'> | undefined): CaseTask[] =>
  (record?.tasks ?? []).filter((task) => task.status === 'OPEN');

/** The earliest due time among the case's open tasks, if any has one. */
export const nextDueAt = (record: Pick<Case, 'tasks'> | undefined): string | null => {
  let next: string | null = null;
  for (const task of openTasks(record)) {
    if (task.dueAt && (next === null || new Date(task.dueAt) < new Date(next))) next = task.dueAt;
  }
  return next;
};
