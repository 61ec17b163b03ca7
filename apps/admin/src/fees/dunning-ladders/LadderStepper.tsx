import { Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ENUMS, enumLabel } from '../../common/enums';
import { useLocalized } from '../../common/localized';
import type { DunningLadder } from '../types';

const STEPS = ENUMS.ladderStep;

/**
 * The ladder's steps (FEE-3..6): overdue → reminded → demand letter → home visit → legal review →
 * referred. The current step shows since when; a ladder referred to legal channels has done them all.
 */
export const LadderStepper = () => {
  const ladder = useRecordContext<DunningLadder>();
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  if (!ladder) return null;
  const current = STEPS.indexOf(ladder.step);
  const finished = ladder.status === 'STOPPED' && ladder.stopReason === 'referred';
  return (
    <Stepper activeStep={finished ? STEPS.length : current} alternativeLabel sx={{ mb: 3 }} data-testid="ladder-stepper">
      {STEPS.map((step, index) => (
        <Step key={step} completed={finished || index < current}>
          <StepLabel
            optional={
              index === current && ladder.stepAt ? (
                <Typography variant="caption" color="text.secondary" component="div" sx={{ textAlign: 'center' }}>
                  {formatDateTime(ladder.stepAt)}
                </Typography>
              ) : undefined
            }
          >
            {translate(enumLabel('ladderStep', step))}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};
