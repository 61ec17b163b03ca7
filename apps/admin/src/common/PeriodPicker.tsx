import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, Button as MuiButton, ButtonGroup, CircularProgress, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { errorMessage } from './errors';

export type PeriodField = 'from' | 'to';

interface PeriodPickerProps {
  /** Days ("YYYY-MM-DD") or months ("YYYY-MM"). */
  type: 'date' | 'month';
  from: string;
  to: string;
  /** Translation keys of the two pickers. */
  labels: Record<PeriodField, string>;
  onChange: (field: PeriodField, value: string) => void;
  /** Shortcuts ("this month"...): a translated label each. */
  presets: { label: string; onClick: () => void }[];
  onRefresh: () => void;
  pending: boolean;
  /** A translation key saying what is wrong with the period, if anything. */
  problem: string | null;
  /** The load's failure, shown after "The figures could not be loaded". */
  error: unknown;
}

/** The first and last day (or month) of a figures page, its shortcuts, refresh, and what went wrong. */
export const PeriodPicker = ({ type, from, to, labels, onChange, presets, onRefresh, pending, problem, error }: PeriodPickerProps) => {
  const translate = useTranslate();
  const picker = (field: PeriodField, value: string) => (
    <TextField
      type={type}
      size="small"
      label={translate(labels[field])}
      placeholder={type === 'month' ? 'YYYY-MM' : undefined}
      value={value}
      onChange={(event) => onChange(field, event.target.value)}
      error={field === 'to' && problem === 'estate.figures.to_before_from'}
      slotProps={{ inputLabel: { shrink: true } }}
      fullWidth={false}
      sx={{ width: 190 }}
    />
  );
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        {picker('from', from)}
        {picker('to', to)}
        <ButtonGroup size="small" variant="outlined">
          {presets.map((preset) => (
            <MuiButton key={preset.label} onClick={preset.onClick}>
              {preset.label}
            </MuiButton>
          ))}
        </ButtonGroup>
        <Button label="ra.action.refresh" onClick={onRefresh} disabled={problem != null || pending}>
          <RefreshIcon />
        </Button>
        {pending && <CircularProgress size={20} />}
      </Box>
      {problem && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate(problem)}
        </Alert>
      )}
      {!problem && error != null && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate('estate.figures.load_failed')} {translate(errorMessage(error), { _: errorMessage(error) })}
        </Alert>
      )}
    </>
  );
};
