import { Box, FormHelperText, FormLabel, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import { formatDuration, parseDuration, TIME_UNITS, type TimeUnit } from '../durations';

interface TimeInputProps {
  source: string;
  label: string;
  help?: string;
}

/** The error of a custom input, once the field was touched or the form submitted. */
export const useShownError = (fieldState: { error?: { message?: unknown }; isTouched: boolean }, isSubmitted: boolean) => {
  const translate = useTranslate();
  const message = fieldState.error?.message;
  if (!message || !(fieldState.isTouched || isSubmitted)) return undefined;
  const text = typeof message === 'string' ? message : (message as { message?: string }).message ?? '';
  return translate(text, { _: text });
};

/** Seconds are offered only to a value that already uses them (short test policies). */
const unitsFor = (unit: TimeUnit | undefined) => TIME_UNITS.filter((u) => u !== 'seconds' || unit === 'seconds');

const AmountAndUnit = ({
  amount,
  unit,
  onChange,
  onBlur,
  error,
  name,
}: {
  amount: number | undefined;
  unit: TimeUnit;
  onChange: (amount: number | undefined, unit: TimeUnit) => void;
  onBlur: () => void;
  error: boolean;
  name: string;
}) => {
  const translate = useTranslate();
  return (
    <>
      <TextField
        type="number"
        size="small"
        label={translate('estate.policies.form.amount')}
        value={amount ?? ''}
        error={error}
        onBlur={onBlur}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Math.max(0, Math.floor(Number(event.target.value))), unit)}
        slotProps={{ htmlInput: { min: 0, step: 1, 'data-field': `${name}.amount` } }}
        sx={{ width: 110 }}
      />
      <TextField
        select
        size="small"
        label={translate('estate.policies.form.unit')}
        value={unit}
        onChange={(event) => onChange(amount, event.target.value as TimeUnit)}
        slotProps={{ htmlInput: { 'data-field': `${name}.unit` } }}
        sx={{ width: 120 }}
      >
        {unitsFor(unit).map((u) => (
          <MenuItem key={u} value={u}>
            {translate(`estate.policies.unit_short.${u}`)}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
};

const Group = ({ label, help, error, children, name }: { label: string; help?: string; error?: string; children: React.ReactNode; name: string }) => (
  <Box component="fieldset" data-policy-field={name} sx={{ border: 0, p: 0, m: 0, mb: 2, minWidth: 0 }}>
    <FormLabel component="legend" error={!!error} sx={{ fontSize: '0.85rem', mb: 1 }}>
      {label}
    </FormLabel>
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>{children}</Box>
    {(error || help) && <FormHelperText error={!!error}>{error ?? help}</FormHelperText>}
  </Box>
);

/** A length of time, typed as an amount and a unit (the policy keeps it as an ISO 8601 duration). */
export const DurationInput = ({ source, label, help, nullable }: TimeInputProps & { nullable?: boolean }) => {
  const translate = useTranslate();
  const { field, fieldState, formState } = useInput({ source });
  const error = useShownError(fieldState, formState.isSubmitted);
  const parsed = parseDuration(field.value);
  // The unit chosen stays while the amount is being retyped (an empty amount is no duration to read it from).
  const [typedUnit, setTypedUnit] = useState<TimeUnit>(parsed?.unit ?? 'days');
  const none = nullable && field.value === null;
  const set = (amount: number | undefined, unit: TimeUnit) => {
    setTypedUnit(unit);
    field.onChange(formatDuration({ amount, unit }));
  };
  return (
    <Group label={label} help={help} error={error} name={field.name}>
      {nullable && (
        <TextField
          select
          size="small"
          label={translate('estate.policies.form.mode')}
          value={none ? 'none' : 'after'}
          onChange={(event) => field.onChange(event.target.value === 'none' ? null : formatDuration({ amount: 3, unit: 'days' }))}
          sx={{ width: 150 }}
        >
          <MenuItem value="after">{translate('estate.policies.form.after')}</MenuItem>
          <MenuItem value="none">{translate('estate.policies.form.never')}</MenuItem>
        </TextField>
      )}
      {!none && <AmountAndUnit name={field.name} amount={parsed?.amount} unit={parsed?.unit ?? typedUnit} onChange={set} onBlur={field.onBlur} error={!!error} />}
    </Group>
  );
};

type DueMode = 'calendar' | 'business' | 'endOfBusinessDay' | 'endOfDay';

const modeOf = (value: Record<string, unknown> | null | undefined): DueMode =>
  value?.endOfBusinessDay ? 'endOfBusinessDay' : value?.endOfDay ? 'endOfDay' : value?.business ? 'business' : 'calendar';

/**
 * A deadline: within an amount of calendar or business time, or by the end of the (business) day. An
 * optional deadline left empty takes the process's default.
 */
export const DueInput = ({ source, label, help }: TimeInputProps) => {
  const translate = useTranslate();
  const { field, fieldState, formState } = useInput({ source });
  const error = useShownError(fieldState, formState.isSubmitted);
  const value = (field.value ?? undefined) as Record<string, unknown> | undefined;
  const mode = modeOf(value);
  const parsed = parseDuration(value?.after);
  const [typedUnit, setTypedUnit] = useState<TimeUnit>(parsed?.unit ?? 'days');
  const unit = parsed?.unit ?? typedUnit;
  const within = (amount: number | undefined, next: TimeUnit, business: boolean) => {
    setTypedUnit(next);
    field.onChange({ after: formatDuration({ amount, unit: next }), ...(business ? { business: true } : {}) });
  };
  const choose = (next: DueMode) => {
    if (next === 'endOfBusinessDay') field.onChange({ endOfBusinessDay: true });
    else if (next === 'endOfDay') field.onChange({ endOfDay: true });
    else within(parsed?.amount ?? 1, unit, next === 'business');
  };
  return (
    <Group label={label} help={help} error={error} name={field.name}>
      <TextField
        select
        size="small"
        label={translate('estate.policies.form.mode')}
        value={mode}
        onChange={(event) => choose(event.target.value as DueMode)}
        slotProps={{ htmlInput: { 'data-field': `${field.name}.mode` } }}
        sx={{ width: 220 }}
      >
        {(['calendar', 'business', 'endOfBusinessDay', 'endOfDay'] as const).map((m) => (
          <MenuItem key={m} value={m}>
            {translate(`estate.policies.due.mode_${m}`)}
          </MenuItem>
        ))}
      </TextField>
      {(mode === 'calendar' || mode === 'business') && (
        <AmountAndUnit
          name={field.name}
          amount={parsed?.amount}
          unit={unit}
          onChange={(amount, next) => within(amount, next, mode === 'business')}
          onBlur={field.onBlur}
          error={!!error}
        />
      )}
    </Group>
  );
};
