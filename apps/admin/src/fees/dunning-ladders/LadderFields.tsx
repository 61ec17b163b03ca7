import { Box, Typography } from '@mui/material';
import { Link, RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { LADDER_STATUS_COLORS, LADDER_STEP_COLORS } from '../../common/enums';
import { EmptyValue, EnumField } from '../../common/fields';
import type { LadderSummary } from '../endpoints';
import type { DunningLadder } from '../types';

export const LadderStepField = ({ source = 'step' }: { source?: string; label?: string }) => (
  <EnumField source={source} enumName="ladderStep" colors={LADDER_STEP_COLORS} chipVariant="filled" />
);

export const LadderStatusField = ({ source = 'status' }: { source?: string; label?: string }) => (
  <EnumField source={source} enumName="ladderStatus" colors={LADDER_STATUS_COLORS} />
);

/** A ladder's step and status, linking to its page (the household file, the counter). */
export const LadderLink = ({ ladder }: { ladder: LadderSummary }) => {
  const translate = useTranslate();
  return (
    <RecordContextProvider value={ladder}>
      <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <LadderStepField />
        <LadderStatusField />
        <Link to={`/dunning-ladders/${ladder.id}/show`}>{translate('estate.ladders.open')}</Link>
      </Box>
    </RecordContextProvider>
  );
};

/** "Building 1 · 1-0302" */
export const LadderUnitField = () => {
  const ladder = useRecordContext<DunningLadder>();
  const unit = ladder?.household?.unit;
  if (!unit) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {[unit.building?.name, unit.number].filter(Boolean).join(' · ')}
    </Typography>
  );
};

/** The age of the oldest unpaid bill, in days (when the ladder stopped, for a stopped one); red from three months (FEE-4's demand letter) while dunning goes on. */
export const AgeField = () => {
  const ladder = useRecordContext<DunningLadder>();
  const translate = useTranslate();
  if (!ladder || ladder.ageDays == null) return <EmptyValue />;
  const late = ladder.status !== 'STOPPED' && ladder.ageDays > 90;
  return (
    <Typography
      component="span"
      variant="body2"
      color={late ? 'error' : 'text.primary'}
      sx={{ whiteSpace: 'nowrap', fontWeight: late ? 600 : 400 }}
    >
      {translate(ladder.status === 'STOPPED' ? 'estate.ladders.days_at_stop' : 'estate.ladders.days', { smart_count: ladder.ageDays })}
    </Typography>
  );
};
