import AlarmIcon from '@mui/icons-material/Alarm';
import { Box, Chip, Tooltip, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { enumLabel } from '../../common/enums';
import { EmptyValue } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { isOverdue, type Task } from './types';

const stop = (event: React.MouseEvent) => event.stopPropagation();

/** The title in the UI's language (`titleZh` / `titleEn`), for tasks and cases alike. */
export const TitleField = ({ link }: { link?: string }) => {
  const record = useRecordContext<{ id: number; titleZh?: string; titleEn?: string }>();
  const { title } = useLocalized();
  if (!record) return null;
  const text = title(record) || `#${record.id}`;
  if (link) {
    return (
      <Link to={link} onClick={stop} data-testid="record-title">
        {text}
      </Link>
    );
  }
  return (
    <Typography component="span" variant="body2" data-testid="record-title">
      {text}
    </Typography>
  );
};

/** "Customer service supervisor · Customer service": who the task waits for. */
export const useCandidateText = () => {
  const translate = useTranslate();
  return (role: string | null | undefined, department: string | null | undefined, person?: string | null) =>
    [
      role ? translate(enumLabel('role', role), { _: role }) : null,
      department ? translate(enumLabel('department', department), { _: department }) : null,
      person || null,
    ]
      .filter(Boolean)
      .join(' · ');
};

export const CandidateField = () => {
  const task = useRecordContext<Task>();
  const candidate = useCandidateText();
  if (!task) return null;
  const text = candidate(task.candidateRole, task.candidateDepartment);
  if (!text) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};

/** "Escalated to: CS supervisor", when an escalation brought a level in to follow the task up. */
export const EscalatedToField = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const candidate = useCandidateText();
  if (!task || (!task.escalatedRole && !task.escalatedDepartment)) return null;
  return (
    <Typography component="div" variant="caption" color="error" data-escalated-to={task.escalatedRole ?? ''}>
      {translate('estate.tasks.escalated_to', { who: candidate(task.escalatedRole, task.escalatedDepartment) })}
    </Typography>
  );
};

/** The staff member who claimed the task, or "Unclaimed". */
export const AssigneeField = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  if (task.assignee?.displayName) {
    return (
      <Typography component="span" variant="body2">
        {task.assignee.displayName}
      </Typography>
    );
  }
  if (task.assigneeId != null) {
    return (
      <Typography component="span" variant="body2">
        #{task.assigneeId}
      </Typography>
    );
  }
  return (
    <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {translate('estate.tasks.unclaimed')}
    </Typography>
  );
};

/** The due time; past due on an open task: red, with an alarm icon. */
export const DueAtField = ({ source = 'dueAt' }: { source?: string }) => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  if (!task) return null;
  const value = (task as unknown as Record<string, unknown>)[source];
  const overdue = source === 'dueAt' && isOverdue(task);
  // An escalated task past its last deadline has no due time left, but is still overdue.
  if (!value && !overdue) return <EmptyValue />;
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}
      data-overdue={overdue ? 'true' : undefined}
    >
      {overdue && (
        <Tooltip title={translate('estate.tasks.overdue')}>
          <AlarmIcon fontSize="small" color="error" aria-label={translate('estate.tasks.overdue')} />
        </Tooltip>
      )}
      <Typography
        component="span"
        variant="body2"
        color={overdue ? 'error' : 'text.primary'}
        sx={overdue ? { fontWeight: 600 } : undefined}
      >
        {value ? formatDateTime(value) : translate('estate.tasks.overdue')}
      </Typography>
    </Box>
  );
};

/** 0: not escalated; from 1 on, a chip that grows redder. */
export const EscalationLevelField = ({ source = 'escalationLevel' }: { source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const level = Number(record?.[source] ?? 0);
  if (!record) return null;
  if (!level) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        0
      </Typography>
    );
  }
  return (
    <Chip
      size="small"
      color={level >= 2 ? 'error' : 'warning'}
      label={translate('estate.tasks.level', { level })}
      sx={{ fontWeight: 600, alignSelf: 'flex-start' }}
    />
  );
};

/** "Complaint about noise #12", linking to the case. */
export const TaskCaseField = () => {
  const task = useRecordContext<Task>();
  const { title } = useLocalized();
  if (!task) return null;
  return (
    <Link to={`/cases/${task.caseId}/show`} onClick={stop}>
      {task.case ? `${title(task.case)} ` : ''}#{task.caseId}
    </Link>
  );
};
