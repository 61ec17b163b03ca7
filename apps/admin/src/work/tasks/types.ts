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

/** Open and past its due time: the API's `overdue`, or worked out here for tasks embedded in a case. */
export const isOverdue = (task: Pick<Task, 'status' | 'dueAt' | 'overdue'>, now = Date.now()): boolean =>
  task.overdue ?? (task.status === 'OPEN' && task.dueAt != null && new Date(task.dueAt).getTime() < now);

/** An overdue task stands out in every list: a red tint and a red left edge, like overdue file loans. */
export const overdueTaskSx = (record: RaRecord) =>
  isOverdue(record as Task) ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' } : {};
