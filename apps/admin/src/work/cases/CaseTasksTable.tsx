import { ArrayField, DataTable, useRecordContext } from 'react-admin';
import { PRIORITY_COLORS, TASK_STATUS_COLORS } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { EmptyLine } from '../../common/SubRecordsTab';
import { ClaimTaskButton } from '../tasks/TaskButtons';
import { DeadlinesSummary, TaskDeadlines } from '../tasks/TaskDeadlines';
import {
  AssigneeField,
  CandidateField,
  DueAtField,
  EscalatedToField,
  EscalationLevelField,
  TitleField,
} from '../tasks/TaskFields';
import { overdueTaskSx, type Task } from '../tasks/types';
import { TaskOverrideMenu } from './overrides/OverrideActions';

const TaskOverrides = () => {
  const task = useRecordContext<Task>();
  return task ? <TaskOverrideMenu task={task} /> : null;
};

const hasDeadlines = (record: Task) => (record.deadlines?.length ?? 0) > 0;

/**
 * The case's tasks (embedded in the case as `tasks`): each row opens the task; open tasks have
 * the claim button and, for managers, the task overrides. Under each title its deadlines in one line
 * each; the row expands to how each was counted, what happens when it passes and who moved it.
 */
export const CaseTasksTable = () => (
  <ArrayField source="tasks">
    <DataTable
      resource="tasks"
      bulkActionButtons={false}
      rowClick={(id) => `/tasks/${id}/show`}
      rowSx={overdueTaskSx}
      expand={<TaskDeadlines dense />}
      isRowExpandable={hasDeadlines}
      empty={<EmptyLine message="estate.cases.no_tasks" />}
    >
      <DataTable.Col source="titleZh" label="resources.tasks.fields.title" disableSort>
        <TitleField />
        <DeadlinesSummary />
      </DataTable.Col>
      <DataTable.Col source="status" label="resources.tasks.fields.status" disableSort>
        <EnumField source="status" enumName="taskStatus" colors={TASK_STATUS_COLORS} />
      </DataTable.Col>
      <DataTable.Col label="resources.tasks.fields.candidate" disableSort>
        <CandidateField />
        <EscalatedToField />
      </DataTable.Col>
      <DataTable.Col label="resources.tasks.fields.assignee" disableSort>
        <AssigneeField />
      </DataTable.Col>
      <DataTable.Col source="priority" label="resources.tasks.fields.priority" disableSort>
        <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
      </DataTable.Col>
      <DataTable.Col source="dueAt" label="resources.tasks.fields.dueAt" disableSort>
        <DueAtField />
      </DataTable.Col>
      <DataTable.Col source="escalationLevel" label="resources.tasks.fields.escalationLevel" disableSort>
        <EscalationLevelField />
      </DataTable.Col>
      <DataTable.Col source="completedAt" label="resources.tasks.fields.completedAt" disableSort>
        <DateTimeField source="completedAt" />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <ClaimTaskButton />
        <TaskOverrides />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
