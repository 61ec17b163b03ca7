import { Alert, Box, Chip, CircularProgress, Typography } from '@mui/material';
import { Labeled, Show, useRecordContext, useTranslate } from 'react-admin';
import { PRIORITY_COLORS, TASK_STATUS_COLORS } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { Section } from '../../common/Section';
import { Timeline } from '../timeline/Timeline';
import { useTaskSummary } from './api';
import { CaseBrief } from './CaseBrief';
import { ClaimTaskButton, ReleaseTaskButton } from './TaskButtons';
import { TaskDeadlines } from './TaskDeadlines';
import { AssigneeField, CandidateField, DueAtField, EscalatedToField, EscalationLevelField } from './TaskFields';
import { CompletedTaskData, TaskCompleteForm } from './TaskForm';
import { isOverdue, type Task } from './types';

/** While the task is open its process moves on (deadlines, escalations, the next task): re-read this often. */
const LIVE_MS = 10_000;

/** The title, its state, and what the staff member can do now (claim, release), at the top on every screen. */
const Heading = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const { title } = useLocalized();
  if (!task) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 1, mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, flex: '1 1 16em', minWidth: 0 }}>
        <Typography variant="h5" component="h1" sx={{ overflowWrap: 'break-word', minWidth: 0 }} data-testid="record-title">
          {title(task)}
        </Typography>
        <EnumField source="status" enumName="taskStatus" colors={TASK_STATUS_COLORS} />
        {isOverdue(task) && <Chip size="small" color="error" label={translate('estate.tasks.overdue')} />}
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <Typography component="span" variant="body2" color="text.secondary">
            {translate('resources.tasks.fields.dueAt')}
          </Typography>
          <DueAtField />
        </Box>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid="task-actions">
        <ClaimTaskButton variant="contained" />
        <ReleaseTaskButton />
      </Box>
    </Box>
  );
};

/** Who the task waits for, who has it, by when. */
const TaskFacts = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)', lg: '1fr 1fr' }, gap: 2 }}>
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
    <Labeled source="priority">
      <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
    </Labeled>
    <Labeled source="escalationLevel">
      <EscalationLevelField />
    </Labeled>
    <Labeled source="claimedAt">
      <DateTimeField source="claimedAt" />
    </Labeled>
    <Labeled source="createdAt">
      <DateTimeField source="createdAt" />
    </Labeled>
  </Box>
);

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

/**
 * The job and the history of its case, from one read of the task's summary (GET /tasks/:id/summary):
 * what the job is beside the form, the timeline below everything.
 */
const useJob = () => {
  const task = useRecordContext<Task>();
  const { data, isPending, error } = useTaskSummary(task?.id, task?.status === 'OPEN' ? LIVE_MS : false);
  return { task, summary: data, isPending, error };
};

const JobSection = () => {
  const { summary, isPending } = useJob();
  const translate = useTranslate();
  let content;
  if (summary) content = <CaseBrief summary={summary} />;
  else if (isPending) content = <CircularProgress size={24} />;
  else content = <Typography color="error" variant="body2">{translate('estate.cases.load_failed')}</Typography>;
  return <Section title="estate.tasks.job.title">{content}</Section>;
};

/** The case's timeline; the case's tasks (from the summary) give the labels of completed forms. */
const CaseTimeline = () => {
  const { task, summary } = useJob();
  if (!task) return null;
  return (
    <Section title="estate.timeline.title">
      <Timeline filter={{ caseId: task.caseId }} tasks={summary?.case.tasks} highlightTaskId={task.id} refetchInterval={task.status === 'OPEN' ? LIVE_MS : false} />
    </Section>
  );
};

/**
 * One task, so that it can be done from here without leaving the page: what it is and what to do now at the
 * top; the job (the case's own record: for a complaint the place, what happened, what the resident asks for,
 * who to call and their household) beside who has the task and by when; its form; its deadlines; and the
 * timeline of its case. Two columns on a wide screen, one on a tablet or a phone.
 */
export const TaskShow = () => (
  <Show actions={false}>
    <Box sx={{ p: { xs: 1.5, sm: 2 } }}>
      <Heading />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, columnGap: 4 }}>
        <Box sx={{ minWidth: 0 }}>
          <JobSection />
          <FormSection />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Section title="estate.tasks.details">
            <TaskFacts />
          </Section>
          <Section title="estate.deadlines.title">
            <TaskDeadlines />
          </Section>
        </Box>
      </Box>
      <CaseTimeline />
    </Box>
  </Show>
);
