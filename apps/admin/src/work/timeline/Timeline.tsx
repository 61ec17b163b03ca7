import { Box, Chip, CircularProgress, Typography } from '@mui/material';
import { useMemo } from 'react';
import { Link, useGetList, useGetMany, useTranslate, type Identifier } from 'react-admin';
import { EmptyLine } from '../../common/SubRecordsTab';
import { useLocalized } from '../../common/localized';
import { AttachmentThumb } from '../cases/AttachmentThumb';
import { FormDataTable } from '../tasks/TaskForm';
import type { FormFieldDef } from '../tasks/types';
import { describe, type Tone } from './describe';
import { iconOf } from './icons';
import type { CandidateData, TimelineEntry } from './types';

/** The API serves at most this many rows per page. */
const MAX_ENTRIES = 1000;

const TONE_COLOR: Record<Tone, string> = {
  default: 'divider',
  success: 'success.main',
  warning: 'warning.main',
  error: 'error.main',
};

/** The staff ids a list of entries mentions (candidates of tasks, escalations and reassignments). */
const staffIdsOf = (entries: TimelineEntry[]): number[] => {
  const ids = new Set<number>();
  const add = (value: unknown) => {
    const id = (value as CandidateData | null | undefined)?.assigneeId;
    if (typeof id === 'number') ids.add(id);
  };
  for (const entry of entries) {
    const data = (entry.data ?? {}) as Record<string, unknown>;
    add(data.candidate);
    add(data.from);
    add(data.to);
  }
  return [...ids];
};

interface TaskInfo {
  id: Identifier;
  titleZh?: string;
  titleEn?: string;
  form?: FormFieldDef[] | null;
}

interface TimelineProps {
  filter: { caseId?: Identifier; householdId?: Identifier };
  /** Entries of several cases (the household file): each names its case, with a link. */
  showCase?: boolean;
  /** The cases' tasks when known: their titles and form labels make entries more readable. */
  tasks?: TaskInfo[];
  /** Entries of this task are highlighted (on the task's page). */
  highlightTaskId?: Identifier;
  /** Re-reads the timeline this often (ms) while the process is running; off by default. */
  refetchInterval?: number | false;
}

/**
 * The case timeline: one translated sentence per entry, with time and actor. Missed deadlines,
 * escalations and failures are marked in red, overrides in amber with their reason.
 */
export const Timeline = ({ filter, showCase = false, tasks, highlightTaskId, refetchInterval = false }: TimelineProps) => {
  const translate = useTranslate();
  const { pick, title, formatDateTime, formatDay, formatPeriod, formatMoney } = useLocalized();
  const { data: entries = [], total, isPending, error } = useGetList<TimelineEntry>(
    'timeline',
    { filter, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: MAX_ENTRIES } },
    { refetchInterval },
  );
  const staffIds = useMemo(() => staffIdsOf(entries), [entries]);
  const { data: staff } = useGetMany('staff', { ids: staffIds }, { enabled: staffIds.length > 0 });

  const context = useMemo(() => {
    const titles = new Map<number, string>();
    const forms = new Map<number, FormFieldDef[] | null>();
    for (const task of tasks ?? []) {
      const text = title(task);
      if (text) titles.set(Number(task.id), text);
      forms.set(Number(task.id), task.form ?? null);
    }
    for (const entry of entries) {
      const data = entry.data as { title?: { zh?: string; en?: string } } | null;
      if (entry.type === 'TASK_OPENED' && entry.taskId != null && data?.title && !titles.has(entry.taskId)) {
        const text = pick(data.title);
        if (text) titles.set(entry.taskId, text);
      }
    }
    const names = new Map<number, string>((staff ?? []).map((s) => [Number(s.id), String(s.displayName ?? `#${s.id}`)]));
    return {
      translate: (key: string, options?: Record<string, unknown>) => translate(key, options),
      pick,
      formatDateTime,
      formatDay,
      formatPeriod,
      formatMoney,
      staffName: (id: number) => names.get(id),
      taskTitle: (taskId: number | null) => (taskId == null ? undefined : titles.get(taskId)),
      taskForm: (taskId: number | null) => (taskId == null ? null : forms.get(taskId) ?? null),
    };
  }, [entries, tasks, staff, translate, pick, title, formatDateTime, formatDay, formatPeriod, formatMoney]);

  if (isPending) return <CircularProgress size={24} />;
  if (error) {
    return (
      <Typography variant="body2" color="error">
        {translate('estate.timeline.load_failed')}
      </Typography>
    );
  }
  if (entries.length === 0) return <EmptyLine message="estate.timeline.empty" />;

  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="timeline">
      {entries.map((entry) => {
        const described = describe(entry, context);
        const highlighted = highlightTaskId != null && entry.taskId != null && String(entry.taskId) === String(highlightTaskId);
        return (
          <Box
            component="li"
            key={entry.id}
            data-type={entry.type}
            data-tone={described.tone}
            sx={{
              display: 'grid',
              gridTemplateColumns: '28px 1fr',
              gap: 1,
              py: 1,
              pl: 1,
              borderLeft: 3,
              borderColor: TONE_COLOR[described.tone],
              bgcolor:
                described.tone === 'error'
                  ? 'rgba(211, 47, 47, 0.06)'
                  : described.tone === 'warning'
                    ? 'rgba(237, 108, 2, 0.06)'
                    : highlighted
                      ? 'action.hover'
                      : undefined,
              mb: 0.5,
            }}
          >
            <Box sx={{ pt: 0.25, color: 'text.secondary' }}>{iconOf(entry)}</Box>
            <Box sx={{ minWidth: 0 }}>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
                <Typography variant="body2" sx={{ fontWeight: described.tone === 'default' ? 400 : 600 }}>
                  {described.text}
                </Typography>
                {described.mark && (
                  <Chip
                    size="small"
                    label={translate(described.mark)}
                    color={described.tone === 'error' ? 'error' : 'warning'}
                    variant="outlined"
                  />
                )}
              </Box>
              <Typography variant="caption" color="text.secondary" component="div">
                {formatDateTime(entry.at)}
                {showCase && entry.case && (
                  <>
                    {' · '}
                    <Link to={`/cases/${entry.case.id}/show`}>
                      {title(entry.case)} #{entry.case.id}
                    </Link>
                  </>
                )}
                {entry.messageId != null && (
                  <>
                    {' · '}
                    <Link to={`/messages/${entry.messageId}/show`}>{translate('estate.timeline.open_message')}</Link>
                  </>
                )}
                {described.link && (
                  <>
                    {' · '}
                    <Link to={described.link.to}>{described.link.label}</Link>
                  </>
                )}
              </Typography>
              {described.details.map((detail) => (
                <Typography key={detail.label} variant="body2" color="text.secondary">
                  {detail.label}: {detail.value}
                </Typography>
              ))}
              {described.note && (
                <Typography variant="body2" sx={{ mt: 0.5, p: 1, bgcolor: 'action.hover', borderRadius: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="timeline-note">
                  {described.note}
                </Typography>
              )}
              {described.files && described.files.length > 0 && (
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 0.5 }}>
                  {described.files.map((file) => (
                    <AttachmentThumb key={file.id} caseId={entry.caseId} item={file} size="small" />
                  ))}
                </Box>
              )}
              {described.reason && (
                <Typography
                  variant="body2"
                  sx={{ mt: 0.5, pl: 1, borderLeft: 2, borderColor: 'divider', whiteSpace: 'pre-wrap' }}
                >
                  {translate('estate.timeline.details.reason')}: {described.reason}
                </Typography>
              )}
              {described.formData && (
                <Box sx={{ mt: 0.5 }}>
                  <FormDataTable form={described.formData.form} data={described.formData.data} />
                </Box>
              )}
              {described.raw && (
                <Typography
                  variant="caption"
                  component="pre"
                  sx={{ m: 0, mt: 0.5, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontFamily: 'monospace' }}
                >
                  {described.raw}
                </Typography>
              )}
            </Box>
          </Box>
        );
      })}
      {total != null && total > entries.length && (
        <Typography component="li" variant="body2" color="text.secondary">
          {translate('estate.timeline.truncated', { shown: entries.length, total })}
        </Typography>
      )}
    </Box>
  );
};
