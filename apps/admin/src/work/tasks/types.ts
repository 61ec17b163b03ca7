import type { RaRecord } from 'react-admin';
import type { Bilingual } from '../../common/localized';

/** One field of a task's completion form, as the process defines it. */
export interface FormFieldDef {
  name: string;
  type: 'text' | 'textarea' | 'number' | 'boolean' | 'date' | 'select';
  label: Bilingual;
  required?: boolean;
  options?: { value: string; label: Bilingual }[];
}

export type TaskStatus = 'OPEN' | 'COMPLETED' | 'CANCELLED';

export interface StaffRef {
  id: number;
  displayName: string;
}

export type DeadlineStatus = 'PENDING' | 'MET' | 'MISSED' | 'CANCELLED';

/** Who a missed deadline brings in: the next level up the chain, or a named one. */
export interface DeadlineCandidate {
  role?: string | null;
  department?: string | null;
  assigneeId?: number | null;
}

/** How a deadline's time was counted (`basis`); older data has `rule: 'recorded'` only. */
export interface DeadlineBasis {
  rule: 'calendar' | 'business' | 'end-of-business-day' | 'end-of-day' | 'fixed' | 'recorded' | string;
  duration?: string;
  from?: string;
  policy?: { key: string; version: number } | null;
  calendar?: { workStart: string; workEnd: string; workdays: number[]; utcOffsetMinutes: number };
  daysOff?: { date: string; holiday: boolean; nameZh?: string; nameEn?: string }[];
}

/** What happens when a deadline passes (`onMiss`). */
export interface DeadlineOnMiss {
  bringIn: 'next-in-chain' | DeadlineCandidate | null;
  notify: boolean;
  followUp: unknown;
}

/** One deadline of a task, earliest first in `task.deadlines`. */
export interface TaskDeadline {
  id: number;
  key: string;
  labelZh: string | null;
  labelEn: string | null;
  dueAt: string;
  originalDueAt: string | null;
  status: DeadlineStatus;
  missedAt: string | null;
  movedAt: string | null;
  movedBy: StaffRef | null;
  moveReason: string | null;
  basis: DeadlineBasis | null;
  onMiss: DeadlineOnMiss | null;
}

/** A task as a case embeds it (`case.tasks`): without its case. */
export interface CaseTask extends RaRecord {
  caseId: number;
  key: string;
  titleZh: string;
  titleEn: string;
  candidateRole: string | null;
  candidateDepartment: string | null;
  assigneeId: number | null;
  claimedAt: string | null;
  priority: string;
  dueAt: string | null;
  escalationLevel: number;
  /** The level an escalation brought in to follow the task up (the candidate stays). */
  escalatedRole?: string | null;
  escalatedDepartment?: string | null;
  deadlines?: TaskDeadline[];
  status: TaskStatus;
  form: FormFieldDef[] | null;
  formData: Record<string, unknown> | null;
  completedById: number | null;
  completedAt: string | null;
  createdAt: string;
  updatedAt: string;
  overdue?: boolean;
  assignee?: StaffRef | null;
  completedBy?: StaffRef | null;
}

/** A task as `GET /tasks` answers it. */
export interface Task extends CaseTask {
  case?: {
    id: number;
    process: string;
    titleZh: string;
    titleEn: string;
    priority: string;
    status: string;
    householdId: number | null;
    workflowId: string;
  };
}

/** The deadlines still running, earliest first. */
export const pendingDeadlines = (task: Pick<CaseTask, 'deadlines'>): TaskDeadline[] =>
  (task.deadlines ?? []).filter((deadline) => deadline.status === 'PENDING');

/** Open and past its due time: the API's `overdue`, or worked out here for tasks embedded in a case. */
export const isOverdue = (task: Pick<Task, 'status' | 'dueAt' | 'overdue'>, now = Date.now()): boolean =>
  task.overdue ?? (task.status === 'OPEN' && task.dueAt != null && new Date(task.dueAt).getTime() < now);

/** An overdue task stands out in every list: a red tint and a red left edge, like overdue file loans. */
export const overdueTaskSx = (record: RaRecord) =>
  isOverdue(record as Task) ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' } : {};
