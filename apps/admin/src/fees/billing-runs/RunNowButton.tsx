import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useTranslate } from 'react-admin';
import { estatePeriod } from '../../common/days';
import { CreateDialog } from '../../common/RecordDialog';
import { PeriodInput } from '../inputs';

const Help = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate('estate.billing.run_now_help')}
    </Typography>
  );
};

/**
 * "Run now" for a period (managers, internal clerk): the billing cycle without waiting for the
 * schedule. Running a period again issues nothing twice; 409 while a run of that period is running.
 */
export const RunNowButton = () => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'billing-runs', action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="estate.billing.run_now" variant="contained" onClick={() => setOpen(true)}>
        <PlayArrowIcon />
      </Button>
      <CreateDialog
        resource="billing-runs"
        title="estate.billing.run_now"
        open={open}
        onClose={() => setOpen(false)}
        transform={(data: Record<string, unknown>) => ({ period: data.period })}
        defaults={{ period: estatePeriod() }}
        successMessage="estate.billing.started"
      >
        <Help />
        <PeriodInput source="period" isRequired />
      </CreateDialog>
    </>
  );
};
