import { Alert, Box, Chip, Tab, Tabs, Typography } from '@mui/material';
import {
  DataTable,
  Link,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  useGetList,
  useListContext,
  useTranslate,
} from 'react-admin';
import { choices, PRIORITY_COLORS, TASK_STATUS_COLORS } from '../../common/enums';
import { EnumField } from '../../common/fields';
import { ClaimTaskButton } from './TaskButtons';
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

/** The inbox's views, as the API's `filter.view`. */
export const VIEWS = ['mine', 'queue', 'escalated', 'overdue', 'dueToday', 'all'] as const;
export type InboxView = (typeof VIEWS)[number];

/** Without a view the API lists every task visible to the staff member, like "All". */
const viewOf = (value: unknown): InboxView => (VIEWS.includes(value as InboxView) ? (value as InboxView) : 'all');

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('taskStatus')} />,
  <SelectInput key="candidateRole" source="candidateRole" choices={choices('role')} />,
  <SelectInput key="candidateDepartment" source="candidateDepartment" choices={choices('department')} />,
  <NullableBooleanInput key="escalated" source="escalated" />,
];

/** How many tasks a view holds, for its tab (not for "All": for managers it is every task ever). */
const ViewCount = ({ view }: { view: InboxView }) => {
  const { total } = useGetList('tasks', { filter: { view }, pagination: { page: 1, perPage: 1 } }, { enabled: view !== 'all' });
  if (view === 'all' || !total) return null;
  return (
    <Chip
      size="small"
      label={total}
      color={view === 'overdue' || view === 'escalated' ? 'error' : view === 'dueToday' ? 'warning' : 'primary'}
      sx={{ ml: 1, height: 20, fontSize: 12 }}
    />
  );
};

const ViewTabs = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const current = viewOf(filterValues.view);
  return (
    <Tabs
      value={current}
      variant="scrollable"
      scrollButtons="auto"
      onChange={(_event, view: InboxView) => setFilters({ ...filterValues, view }, displayedFilters)}
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
    >
      {VIEWS.map((view) => (
        <Tab
          key={view}
          value={view}
          data-view={view}
          label={
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
              {translate(`estate.inbox.views.${view}`)}
              <ViewCount view={view} />
            </Box>
          }
        />
      ))}
    </Tabs>
  );
};

const EmptyView = () => {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate(`estate.inbox.empty.${viewOf(filterValues.view)}`)}
    </Typography>
  );
};

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

/**
 * The inbox (the staff's landing page): my tasks, my role's and department's queue, the tasks an
 * escalation brought to my level to follow up, overdue,
 * due today, all. Overdue tasks have a red tint and a red due time with an alarm icon.
 */
export const TaskList = () => (
  <>
    <OverdueLoansNotice />
    <List
      title="estate.inbox.title"
      filters={filters}
      filterDefaultValues={{ view: 'mine' }}
      sort={{ field: 'dueAt', order: 'ASC' }}
      perPage={25}
      empty={false}
      exporter={taskExporter}
    >
      <ViewTabs />
      <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueTaskSx} empty={<EmptyView />}>
        <DataTable.Col source="titleZh" label="resources.tasks.fields.title" disableSort>
          <TitleField />
        </DataTable.Col>
        <DataTable.Col source="caseId" label="resources.tasks.fields.case" disableSort>
          <TaskCaseField />
        </DataTable.Col>
        <DataTable.Col source="candidateRole" label="resources.tasks.fields.candidate" disableSort>
          <CandidateField />
          <EscalatedToField />
        </DataTable.Col>
        <DataTable.Col source="assigneeId" label="resources.tasks.fields.assignee" disableSort>
          <AssigneeField />
        </DataTable.Col>
        <DataTable.Col source="priority">
          <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
          <DueAtField />
        </DataTable.Col>
        <DataTable.Col source="escalationLevel">
          <EscalationLevelField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumField source="status" enumName="taskStatus" colors={TASK_STATUS_COLORS} />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <ClaimTaskButton variant="outlined" />
        </DataTable.Col>
      </DataTable>
    </List>
  </>
);
