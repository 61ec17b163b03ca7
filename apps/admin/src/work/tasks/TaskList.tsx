import { Alert, Box, CircularProgress, useMediaQuery, type Theme } from '@mui/material';
import { useRef } from 'react';
import {
  DataTable,
  Link,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  useGetList,
  useStore,
  useTranslate,
} from 'react-admin';
import { choices, PRIORITY_COLORS, TASK_STATUS_COLORS } from '../../common/enums';
import { EnumField } from '../../common/fields';
import { useTaskCounts } from './api';
import { EmptyView, firstViewWithWork, PICKED_VIEW_KEY, ViewTabs, type InboxView } from './InboxViews';
import { ClaimTaskButton } from './TaskButtons';
import { TaskCards } from './TaskCards';
import {
  AssigneeField,
  CandidateField,
  DueAtField,
  EscalatedToField,
  EscalationLevelField,
  TaskCaseField,
  TitleField,
} from './TaskFields';
import { overdueTaskSx } from './types';
import { taskExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('taskStatus')} />,
  <SelectInput key="candidateRole" source="candidateRole" choices={choices('role')} />,
  <SelectInput key="candidateDepartment" source="candidateDepartment" choices={choices('department')} />,
  <NullableBooleanInput key="escalated" source="escalated" />,
];

/** The inbox is the landing page: overdue household files are flagged here too (ARC-3). */
const OverdueLoansNotice = () => {
  const translate = useTranslate();
  const { total } = useGetList('file-loans', { filter: { status: 'OVERDUE' }, pagination: { page: 1, perPage: 1 } });
  if (!total) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }}>
      <Link to={`/file-loans?filter=${encodeURIComponent(JSON.stringify({ status: 'OVERDUE' }))}`}>
        {translate('estate.inbox.overdue_loans', { smart_count: total })}
      </Link>
    </Alert>
  );
};

/** A title never narrower than a dozen characters: the other columns give way (or the table scrolls) first. */
const TITLE_SX = { minWidth: '12em' };
/** Column titles and short values (a name, "Unclaimed", a level, a state) stay on one line. */
const TABLE_SX = { '& .MuiTableCell-head, & .column-assigneeId, & .column-escalationLevel, & .column-status, & .column-priority': { whiteSpace: 'nowrap' } };

/**
 * The table of a wide screen (every column) or of a landscape tablet (the title with its case, who it waits
 * for, the priority, the due time, the claim button; the rest is on the task's page).
 */
const TaskTable = ({ wide }: { wide: boolean }) => (
  <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueTaskSx} empty={<EmptyView />} sx={TABLE_SX}>
    <DataTable.Col source="titleZh" label="resources.tasks.fields.title" disableSort sx={TITLE_SX}>
      <TitleField />
      {!wide && (
        <Box sx={{ fontSize: 13 }}>
          <TaskCaseField />
        </Box>
      )}
    </DataTable.Col>
    {wide && (
      <DataTable.Col source="caseId" label="resources.tasks.fields.case" disableSort sx={{ minWidth: '8em' }}>
        <TaskCaseField />
      </DataTable.Col>
    )}
    <DataTable.Col source="candidateRole" label="resources.tasks.fields.candidate" disableSort>
      <CandidateField />
      <EscalatedToField />
      {!wide && (
        <Box>
          <AssigneeField />
        </Box>
      )}
    </DataTable.Col>
    {wide && (
      <DataTable.Col source="assigneeId" label="resources.tasks.fields.assignee" disableSort>
        <AssigneeField />
      </DataTable.Col>
    )}
    <DataTable.Col source="priority">
      <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
    </DataTable.Col>
    <DataTable.Col source="dueAt">
      <DueAtField />
    </DataTable.Col>
    {wide && (
      <DataTable.Col source="escalationLevel">
        <EscalationLevelField />
      </DataTable.Col>
    )}
    {wide && (
      <DataTable.Col source="status">
        <EnumField source="status" enumName="taskStatus" colors={TASK_STATUS_COLORS} />
      </DataTable.Col>
    )}
    <DataTable.Col label={false} disableSort>
      <ClaimTaskButton variant="outlined" opens />
    </DataTable.Col>
  </DataTable>
);

/**
 * The view the inbox opens on, chosen once when it opens: the one the staff member picked last, else the
 * first holding work, so nobody lands on an empty "My tasks" while the queue waits. A link's own view (in
 * the address) wins over both.
 */
const useOpeningView = (): InboxView | undefined => {
  const [picked] = useStore<InboxView | null>(PICKED_VIEW_KEY, null);
  const { data, isPending } = useTaskCounts();
  const opening = useRef<InboxView | undefined>(undefined);
  if (!opening.current) {
    if (picked) opening.current = picked;
    else if (data || !isPending) opening.current = firstViewWithWork(data);
  }
  return opening.current;
};

/**
 * The inbox (the staff's landing page): my tasks, my role's and department's queue, the tasks an
 * escalation brought to my level to follow up, overdue, due today, all, each with its live count.
 * Overdue tasks have a red tint and a red due time with an alarm icon. Claiming a task opens it.
 * A table on a desk (every column) or a landscape tablet (fewer), cards on a portrait tablet or a phone.
 */
export const TaskList = () => {
  const view = useOpeningView();
  const cards = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('lg'));
  if (!view) {
    return (
      <Box sx={{ p: 2 }}>
        <CircularProgress size={24} />
      </Box>
    );
  }
  return (
    <>
      <OverdueLoansNotice />
      <List
        title="estate.inbox.title"
        filters={filters}
        filterDefaultValues={{ view }}
        storeKey={false}
        sort={{ field: 'dueAt', order: 'ASC' }}
        perPage={25}
        empty={false}
        exporter={taskExporter}
      >
        <ViewTabs />
        {cards ? <TaskCards empty={<EmptyView />} /> : <TaskTable wide={wide} />}
      </List>
    </>
  );
};
