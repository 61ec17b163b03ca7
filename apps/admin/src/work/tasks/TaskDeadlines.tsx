import { Box, Chip, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18n';
import { useLocalized } from '../../common/localized';
import { basisText, movedText, onMissText, type DeadlineTextContext } from './deadlineText';
import type { CaseTask, DeadlineStatus, TaskDeadline } from './types';

const STATUS_COLORS: Record<DeadlineStatus, 'default' | 'info' | 'success' | 'error'> = {
  PENDING: 'info',
  MET: 'success',
  MISSED: 'error',
  CANCELLED: 'default',
};

/** The translate and formatters the deadline sentences use, in the UI's language. */
export const useDeadlineText = (): DeadlineTextContext & { label: (deadline: TaskDeadline) => string } => {
  const translate = useTranslate();
  const { locale, pick, formatDateTime } = useLocalized();
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', day: 'numeric', timeZone: 'UTC' });
    return {
      translate,
      pick,
      formatDateTime,
      formatDay: (value: unknown) =>
        typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? day.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : String(value ?? ''),
      label: (deadline: TaskDeadline) => pick({ zh: deadline.labelZh, en: deadline.labelEn }) || translate('estate.deadlines.unnamed'),
    };
  }, [translate, pick, formatDateTime, locale]);
};

const DeadlineItem = ({ task, deadline }: { task: CaseTask; deadline: TaskDeadline }) => {
  const ctx = useDeadlineText();
  const missed = deadline.status === 'MISSED';
  const onMiss = deadline.status === 'PENDING' ? onMissText(deadline.onMiss, task.escalatedRole ?? task.candidateRole, ctx) : null;
  const moved = movedText(deadline, ctx);
  return (
    <Box component="li" data-deadline={deadline.key} sx={{ listStyle: 'none', py: 0.75, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
          {ctx.label(deadline)}
        </Typography>
        <Typography component="span" variant="body2" color={missed ? 'error' : 'text.primary'} data-due-at={deadline.dueAt}>
          {ctx.formatDateTime(deadline.dueAt)}
        </Typography>
        <Chip size="small" color={STATUS_COLORS[deadline.status] ?? 'default'} label={ctx.translate(`estate.deadlines.status.${deadline.status}`, { _: '' })} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {basisText(deadline.basis, ctx)}
      </Typography>
      {missed && deadline.missedAt && (
        <Typography variant="body2" color="error">
          {ctx.translate('estate.deadlines.missed_at', { at: ctx.formatDateTime(deadline.missedAt) })}
        </Typography>
      )}
      {onMiss && (
        <Typography variant="body2" color="text.secondary">
          {onMiss}
        </Typography>
      )}
      {moved && (
        <Typography variant="body2" color="warning.dark">
          {moved}
        </Typography>
      )}
    </Box>
  );
};

/**
 * The deadlines of a task, earliest first: label, time, status (missed in red), how the time was
 * counted, what happens when it passes, and who moved it, why and from when. `task`: the task, or the record.
 */
export const TaskDeadlines = ({ task: given, dense = false }: { task?: CaseTask; dense?: boolean }) => {
  const record = useRecordContext<CaseTask>();
  const translate = useTranslate();
  const task = given ?? record;
  if (!task) return null;
  const deadlines = task.deadlines ?? [];
  if (!deadlines.length) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
        {translate('estate.deadlines.none')}
      </Typography>
    );
  }
  return (
    <Box component="ul" data-task-deadlines={task.id} sx={{ m: 0, p: 0, pl: dense ? 2 : 0, maxWidth: 900 }}>
      {deadlines.map((deadline) => (
        <DeadlineItem key={deadline.id ?? deadline.key} task={task} deadline={deadline} />
      ))}
    </Box>
  );
};

/** One line per deadline under a task's title in a table: "Answer 29 Nov 17:20 · Resolution 11 Dec 17:30". */
export const DeadlinesSummary = () => {
  const task = useRecordContext<CaseTask>();
  const ctx = useDeadlineText();
  if (!task?.deadlines?.length) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column' }}>
      {task.deadlines.map((deadline) => (
        <Typography
          key={deadline.id ?? deadline.key}
          component="span"
          variant="caption"
          color={deadline.status === 'MISSED' ? 'error' : 'text.secondary'}
          sx={deadline.status === 'PENDING' ? undefined : { textDecoration: deadline.status === 'CANCELLED' ? 'line-through' : undefined }}
        >
          {ctx.label(deadline)} {ctx.formatDateTime(deadline.dueAt)} · {ctx.translate(`estate.deadlines.status.${deadline.status}`, { _: '' })}
        </Typography>
      ))}
    </Box>
  );
};
