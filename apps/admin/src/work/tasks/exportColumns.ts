import { enumLabel } from '../../common/enums';
import { titleOf } from '../../common/bilingual';
import { col, xlsxExporter, type ExportColumn, type ExportContext } from '../../common/xlsx';
import { isOverdue, type Task } from './types';

/** "Customer service supervisor · Customer service", as the inbox shows who a task waits for. */
const candidate = (task: Task, { translate }: ExportContext) =>
  [task.candidateRole && translate(enumLabel('role', task.candidateRole)), task.candidateDepartment && translate(enumLabel('department', task.candidateDepartment))]
    .filter(Boolean)
    .join(' · ');

const columns: ExportColumn<Task>[] = [
  col.text('titleZh', { label: 'resources.tasks.fields.title', get: (task, { locale }) => titleOf(task, locale) }),
  col.text('caseId', { label: 'resources.tasks.fields.case', get: (task, { locale }) => `${task.case ? `${titleOf(task.case, locale)} ` : ''}#${task.caseId}` }),
  col.text('candidateRole', { label: 'resources.tasks.fields.candidate', get: candidate }),
  col.text('assigneeId', {
    label: 'resources.tasks.fields.assignee',
    get: (task, { translate }) => task.assignee?.displayName ?? (task.assigneeId == null ? translate('estate.tasks.unclaimed') : `#${task.assigneeId}`),
  }),
  col.enum('priority', 'priority'),
  col.datetime('dueAt'),
  col.boolean('overdue', { label: 'estate.tasks.overdue', get: (task) => isOverdue(task) }),
  col.count('escalationLevel'),
  col.enum('status', 'taskStatus'),
  col.datetime('createdAt'),
  col.datetime('completedAt'),
];

const filters: ExportColumn[] = [
  col.choice('view', 'estate.inbox.views', { label: 'estate.inbox.title' }),
  col.enum('status', 'taskStatus'),
  col.enum('candidateRole', 'role'),
  col.enum('candidateDepartment', 'department'),
  col.boolean('escalated'),
];

export const taskExporter = xlsxExporter({ resource: 'tasks', title: 'estate.inbox.title', columns, filters });
