import { Alert, Box, Chip, Typography } from '@mui/material';
import {
  Labeled,
  Link,
  Show,
  TopToolbar,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { PRIORITY_COLORS, TASK_STATUS_COLORS } from '../../common/enums';
import { DateTimeField, EmptyValue, EnumField } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { FieldGrid, Section } from '../../common/Section';
import type { Case } from '../cases/types';
import { Timeline } from '../timeline/Timeline';
import { ClaimTaskButton, ReleaseTaskButton } from './TaskButtons';
import { TaskDeadlines } from './TaskDeadlines';
import { AssigneeField, CandidateField, DueAtField, EscalatedToField, EscalationLevelField } from './TaskFields';
import { CompletedTaskData, TaskCompleteForm } from './TaskForm';
import { isOverdue, type Task } from './types';

const Actions = () => (
  <TopToolbar>
    <ClaimTaskButton variant="contained" />
    <ReleaseTaskButton />
  </TopToolbar>
);

const Heading = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const { title } = useLocalized();
  if (!task) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
      <Typography variant="h5" component="h1">
        {title(task)}
      </Typography>
      <EnumField source="status" enumName="taskStatus" colors={TASK_STATUS_COLORS} />
      {isOverdue(task) && <Chip size="small" color="error" label={translate('estate.tasks.overdue')} />}
    </Box>
  );
};

const CaseLink = () => {
  const task = useRecordContext<Task>();
  const { title } = useLocalized();
  if (!task) return null;
  return (
    <Link to={`/cases/${task.caseId}/show`}>
      {task.case ? `${title(task.case)} ` : ''}#{task.caseId}
    </Link>
  );
};

const HouseholdLink = () => {
  const task = useRecordContext<Task>();
  const householdId = task?.case?.householdId;
  const { data: household } = useGetOne('households', { id: householdId! }, { enabled: householdId != null });
  if (householdId == null) return <EmptyValue />;
  return <Link to={`/households/${householdId}/show/cases`}>{household?.name ?? `#${householdId}`}</Link>;
};

const FormSection = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  return (
    <Section title="estate.tasks.form">
      {task.status === 'OPEN' && <TaskCompleteForm />}
      {task.status === 'COMPLETED' && <CompletedTaskData />}
      {task.status === 'CANCELLED' && (
        <Alert severity="info" sx={{ maxWidth: 720 }}>
          {translate('estate.tasks.cancelled')}
        </Alert>
      )}
    </Section>
  );
};

/** The case's timeline; the case's tasks give the labels of completed forms. */
const CaseTimeline = () => {
  const task = useRecordContext<Task>();
  const { data: caseRecord } = useGetOne<Case>('cases', { id: task?.caseId as number }, { enabled: task?.caseId != null });
  if (!task) return null;
  return (
    <Section title="estate.timeline.title">
      <Timeline filter={{ caseId: task.caseId }} tasks={caseRecord?.tasks} highlightTaskId={task.id} />
    </Section>
  );
};

/** One task: what it is, for whom and by when, its form, and the history of its case. */
export const TaskShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <Heading />
      <FieldGrid>
        <Labeled source="caseId" label="resources.tasks.fields.case">
          <CaseLink />
        </Labeled>
        <Labeled label="resources.tasks.fields.household">
          <HouseholdLink />
        </Labeled>
        <Labeled source="priority">
          <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
        </Labeled>
        <Labeled source="escalationLevel">
          <EscalationLevelField />
        </Labeled>
        <Labeled label="resources.tasks.fields.candidate">
          <Box>
            <CandidateField />
            <EscalatedToField />
          </Box>
        </Labeled>
        <Labeled label="resources.tasks.fields.assignee">
          <AssigneeField />
        </Labeled>
        <Labeled source="dueAt">
          <DueAtField />
        </Labeled>
        <Labeled source="claimedAt">
          <DateTimeField source="claimedAt" />
        </Labeled>
        <Labeled source="createdAt">
          <DateTimeField source="createdAt" />
        </Labeled>
      </FieldGrid>
      <Section title="estate.deadlines.title">
        <TaskDeadlines />
      </Section>
      <FormSection />
      <CaseTimeline />
    </Box>
  </Show>
);
