import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ReportOffIcon from '@mui/icons-material/ReportOff';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormHelperText,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { DateTimeInput, maxLength, minLength, TextInput, useInput, useTranslate, ValidationError, type Validator } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { HouseholdLookup, type HouseholdOption } from '../common/HouseholdInput';
import { FormRow } from '../common/Section';

// The inputs of the complaint intake form (ComplaintCreate) that carry the complaint rules.

/**
 * Who is calling. Choosing a household fills the complainant's name and phone, unless staff have
 * already typed something else there; both stay editable (the caller may be a family member).
 */
export const ComplainantLookup = () => {
  const { getValues, setValue } = useFormContext();
  const filled = useRef<Record<string, string>>({});
  const onChange = (_value: unknown, household: HouseholdOption | undefined) => {
    if (!household) return;
    const fill = (field: 'complainantName' | 'phone', value: string | undefined) => {
      if (!value) return;
      const current = getValues(field);
      if (!current || current === filled.current[field]) {
        setValue(field, value, { shouldDirty: true, shouldValidate: true });
      }
      filled.current[field] = value;
    };
    fill('complainantName', household.name);
    fill('phone', household.phone);
  };
  return <HouseholdLookup helperText="estate.complaints.household_hint" onChange={onChange} />;
};

const future: Validator = (value) => {
  if (!value) return undefined;
  const at = new Date(value as string).getTime();
  if (Number.isNaN(at)) return 'estate.overrides.invalid_date';
  return at <= Date.now() ? 'estate.complaints.requested_by_future' : undefined;
};

export const notInFuture: Validator = (value) => {
  if (!value) return undefined;
  const at = new Date(value as string).getTime();
  if (Number.isNaN(at)) return 'estate.overrides.invalid_date';
  // A few minutes of leeway for a clock that runs slightly ahead.
  return at > Date.now() + 5 * 60_000 ? 'estate.complaints.occurred_in_future' : undefined;
};

/** CMP-4: the date the resident asks for, only for a minor complaint. */
export const RequestedByInput = () => {
  const tier = useWatch({ name: 'tier' });
  if (tier !== 'MINOR') return null;
  return (
    <FormRow>
      <DateTimeInput source="requestedBy" helperText="estate.complaints.requested_by_hint" validate={future} />
    </FormRow>
  );
};

/** CMP-6: what happens when damage is still going on. */
export const DamageWarning = () => {
  const translate = useTranslate();
  const ongoing = useWatch({ name: 'damageOngoing' });
  if (!ongoing) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, maxWidth: 960 }}>
      {translate('estate.complaints.damage_warning')}
    </Alert>
  );
};

/**
 * CMP-7: a complaint found invalid at the desk, behind a collapsed section. It is still answered,
 * then closed with this reason. Collapsing the section drops the reason, so nothing is sent unseen.
 */
export const InvalidSection = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const reason = useWatch({ name: 'invalidReason' });
  const [open, setOpen] = useState(false);
  return (
    <Accordion
      expanded={open}
      onChange={(_event, expanded) => {
        setOpen(expanded);
        if (!expanded) setValue('invalidReason', '', { shouldDirty: true });
      }}
      disableGutters
      variant="outlined"
      slotProps={{ transition: { unmountOnExit: true } }}
      sx={{ maxWidth: 960, width: '100%', mb: 2, '&::before': { display: 'none' } }}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="complaint-invalid" id="complaint-invalid-summary">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <ReportOffIcon fontSize="small" color={reason ? 'warning' : 'action'} />
          <Typography variant="body2">{translate('estate.complaints.mark_invalid')}</Typography>
          {reason && <Chip size="small" color="warning" label={translate('estate.enums.complaintStatus.INVALID')} />}
        </Box>
      </AccordionSummary>
      <AccordionDetails id="complaint-invalid">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('estate.complaints.invalid_help')}
        </Typography>
        <TextInput
          source="invalidReason"
          multiline
          minRows={2}
          fullWidth
          validate={[minLength(2), maxLength(1000)]}
        />
      </AccordionDetails>
    </Accordion>
  );
};

const mustConfirm: Validator = (value) => (value === true ? undefined : 'estate.complaints.confirm_required');

/** CMP-1: the record was read back to the resident, who confirmed it (required by the API). */
export const ConfirmInput = () => {
  const translate = useTranslate();
  const { id, field, fieldState } = useInput({ source: 'confirmedWithResident', validate: mustConfirm, defaultValue: false });
  return (
    <FormControl error={fieldState.invalid} sx={{ mb: 1, maxWidth: 960 }}>
      <FormControlLabel
        control={
          <Checkbox
            id={id}
            name={field.name}
            checked={field.value === true}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            inputRef={field.ref}
          />
        }
        label={translate('resources.complaints.fields.confirmedWithResident')}
      />
      <FormHelperText sx={{ mt: 0 }}>
        {fieldState.error?.message ? (
          <ValidationError error={fieldState.error.message} />
        ) : (
          translate('estate.complaints.confirm_hint')
        )}
      </FormHelperText>
    </FormControl>
  );
};
