import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { Alert, Box, Chip, CircularProgress, Paper, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { Button, useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import { OverrideDialog } from '../../work/cases/overrides/OverrideDialog';
import { useLocalized } from '../../common/localized';
import type { EstateDataProvider } from '../../dataProvider';
import { useBillingSchedule } from '../queries';
import type { BillingSchedule } from '../endpoints';

/** Pause or resume the monthly schedule, with a note kept with it (managers). */
const PauseButton = ({ schedule }: { schedule: BillingSchedule }) => {
  const api = useDataProvider<EstateDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'billing-runs', action: 'schedule' });
  const pause = !schedule.paused;
  const submit = useCallback((values: { note: string }) => api.pauseBillingSchedule(pause, values.note), [api, pause]);
  if (!canAccess) return null;
  return (
    <>
      <Button
        label={pause ? 'estate.billing.pause' : 'estate.billing.resume'}
        color={pause ? 'warning' : 'primary'}
        variant="outlined"
        onClick={() => setOpen(true)}
      >
        {pause ? <PauseCircleIcon /> : <PlayCircleIcon />}
      </Button>
      <OverrideDialog
        open={open}
        onClose={() => setOpen(false)}
        title={pause ? 'estate.billing.pause' : 'estate.billing.resume'}
        description={translate(pause ? 'estate.billing.pause_help' : 'estate.billing.resume_help')}
        submit={submit}
        successMessage={pause ? 'estate.billing.paused_done' : 'estate.billing.resumed_done'}
        reasonSource="note"
        reasonLabel="estate.billing.note"
        reasonHint="estate.billing.note_hint"
        reasonMaxLength={300}
      />
    </>
  );
};

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 140 }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Box>
  );
};

/**
 * The monthly billing schedule (FEE-1): running or paused (with the note), when it runs next,
 * and what it started lately. Managers pause and resume it.
 */
export const SchedulePanel = () => {
  const translate = useTranslate();
  const { pick, formatDateTime } = useLocalized();
  const { data: schedule, isPending, error } = useBillingSchedule();
  if (isPending) return <CircularProgress size={24} sx={{ m: 2 }} />;
  if (error || !schedule) return <Alert severity="error" sx={{ mt: 1 }}>{translate('estate.billing.schedule_failed')}</Alert>;
  const none = translate('estate.common.none');
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 1 }} data-testid="billing-schedule">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate('estate.billing.schedule')}
          </Typography>
          <Chip
            size="small"
            color={schedule.paused ? 'warning' : 'success'}
            label={translate(schedule.paused ? 'estate.billing.paused' : 'estate.billing.active')}
          />
        </Box>
        <PauseButton schedule={schedule} />
      </Box>
      <Line label="estate.billing.description">{pick(schedule.description) || none}</Line>
      {schedule.note && <Line label="estate.billing.note">{schedule.note}</Line>}
      <Line label="estate.billing.next_runs">
        {schedule.paused ? translate('estate.billing.none_while_paused') : schedule.nextRuns.map(formatDateTime).join(' · ') || none}
      </Line>
      <Line label="estate.billing.recent">
        {schedule.recentActions.length
          ? schedule.recentActions.map((action) => formatDateTime(action.startedAt || action.scheduledAt)).join(' · ')
          : none}
      </Line>
    </Paper>
  );
};
