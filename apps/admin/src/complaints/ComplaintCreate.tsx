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
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  BooleanInput,
  Create,
  DateTimeInput,
  maxLength,
  minLength,
  RadioButtonGroupInput,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useInput,
  useTranslate,
  ValidationError,
  type Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { choices } from '../common/enums';
import { HouseholdLookup, type HouseholdOption } from '../common/HouseholdInput';
import { FormHeading, FormRow } from '../common/Section';
import { phone } from '../common/validators';
import { ComplaintTierOption } from './ComplaintFields';
import { complaintDepartmentChoices } from './types';

/** What POST /complaints accepts; the API refuses unknown fields. */
export const complaintTransform = (data: Record<string, unknown>): Record<string, unknown> => {
  const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
  const iso = (value: unknown) => {
    const date = value instanceof Date ? value : new Date(String(value));
    // An unreadable value is sent as it is: the API says what is wrong with it, under the input.
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  };
  const body: Record<string, unknown> = {
    complainantName: trimmed(data.complainantName),
    phone: trimmed(data.phone),
    channel: data.channel,
    occurredAt: iso(data.occurredAt),
    place: trimmed(data.place),
    subject: trimmed(data.subject),
    department: data.department,
    description: trimmed(data.description),
    request: trimmed(data.request),
    tier: data.tier,
    damageOngoing: data.damageOngoing === true,
    confirmedWithResident: data.confirmedWithResident === true,
  };
  if (data.householdId != null && data.householdId !== '') body.householdId = Number(data.householdId);
  // CMP-4: a requested date belongs to minor complaints only.
  if (data.tier === 'MINOR' && data.requestedBy) body.requestedBy = iso(data.requestedBy);
  const invalidReason = trimmed(data.invalidReason);
  if (invalidReason) body.invalidReason = invalidReason;
  return body;
};

/**
 * Who is calling. Choosing a household fills the complainant's name and phone, unless staff have
 * already typed something else there; both stay editable (the caller may be a family member).
 */
const ComplainantLookup = () => {
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

const notInFuture: Validator = (value) => {
  if (!value) return undefined;
  const at = new Date(value as string).getTime();
  if (Number.isNaN(at)) return 'estate.overrides.invalid_date';
  // A few minutes of leeway for a clock that runs slightly ahead.
  return at > Date.now() + 5 * 60_000 ? 'estate.complaints.occurred_in_future' : undefined;
};

/** CMP-4: the date the resident asks for, only for a minor complaint. */
const RequestedByInput = () => {
  const tier = useWatch({ name: 'tier' });
  if (tier !== 'MINOR') return null;
  return (
    <FormRow>
      <DateTimeInput source="requestedBy" helperText="estate.complaints.requested_by_hint" validate={future} />
    </FormRow>
  );
};

/** CMP-6: what happens when damage is still going on. */
const DamageWarning = () => {
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
const InvalidSection = () => {
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
const ConfirmInput = () => {
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

/**
 * One tab stop per radio group, as with any other input: the checked option, or the first one
 * while none is. (Browsers stop at every option of a group with nothing checked.) The arrow keys
 * move between the options.
 */
const OneTabStop = ({ source, children }: { source: string; children: ReactNode }) => {
  const value = useWatch({ name: source });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const radios = Array.from(ref.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? []);
    const current = radios.find((radio) => radio.checked) ?? radios[0];
    for (const radio of radios) radio.tabIndex = radio === current ? 0 : -1;
  }, [value]);
  return <Box ref={ref}>{children}</Box>;
};

/** Ctrl+Enter (⌘+Enter) saves from anywhere, even from a multi-line text; Enter does from a one-line input. */
const submitOnCtrlEnter = (event: KeyboardEvent<HTMLElement>) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  const form = (event.target as HTMLElement).closest('form');
  if (!form) return;
  event.preventDefault();
  form.requestSubmit();
};

const CreateToolbar = () => {
  const translate = useTranslate();
  return (
    <Toolbar sx={{ gap: 2 }}>
      <SaveButton label="estate.complaints.save" alwaysEnable />
      <Typography variant="caption" color="text.secondary">
        {translate('estate.complaints.keyboard_hint')}
      </Typography>
    </Toolbar>
  );
};

/**
 * Taking a complaint (CMP-1), built for a receptionist on the phone: the household lookup has the
 * focus, the tab order follows the conversation (who, what, classification, confirmation), the
 * channel is the hotline and the time is now unless changed, and Enter saves. The API's field
 * errors show under the inputs; on success the complaint's page opens with its process started.
 */
export const ComplaintCreate = () => {
  const defaults = useMemo(
    () => ({ channel: 'HOTLINE', occurredAt: new Date(), damageOngoing: false, confirmedWithResident: false }),
    [],
  );
  return (
    <Create title="estate.complaints.new" transform={complaintTransform} redirect="show">
      <SimpleForm defaultValues={defaults} toolbar={<CreateToolbar />} warnWhenUnsavedChanges>
        <Box onKeyDown={submitOnCtrlEnter} sx={{ width: '100%' }}>
          <FormHeading title="estate.complaints.sections.complainant" />
          <ComplainantLookup />
          <FormRow>
            <TextInput source="complainantName" validate={[required(), maxLength(100)]} />
            <TextInput source="phone" validate={[required(), phone]} />
          </FormRow>
          <FormRow>
            <OneTabStop source="channel">
              <RadioButtonGroupInput source="channel" choices={choices('complaintChannel')} validate={required()} />
            </OneTabStop>
            <DateTimeInput source="occurredAt" validate={[required(), notInFuture]} />
          </FormRow>

          <FormHeading title="estate.complaints.sections.what" />
          <FormRow>
            <TextInput source="place" validate={[required(), maxLength(200)]} />
            <TextInput source="subject" helperText="estate.complaints.subject_hint" validate={[required(), maxLength(200)]} />
          </FormRow>
          <OneTabStop source="department">
            <RadioButtonGroupInput source="department" choices={complaintDepartmentChoices()} validate={required()} />
          </OneTabStop>
          <TextInput
            source="description"
            multiline
            minRows={3}
            validate={[required(), maxLength(5000)]}
            sx={{ maxWidth: 960 }}
            fullWidth
          />
          <TextInput source="request" multiline minRows={2} validate={[required(), maxLength(2000)]} sx={{ maxWidth: 960 }} fullWidth />

          <FormHeading title="estate.complaints.sections.classification" />
          <OneTabStop source="tier">
            <RadioButtonGroupInput
              source="tier"
              choices={choices('complaintTier')}
              optionText={<ComplaintTierOption />}
              row={false}
              validate={required()}
              helperText="estate.complaints.tier_hint"
              sx={{ maxWidth: 960 }}
            />
          </OneTabStop>
          <BooleanInput source="damageOngoing" helperText="estate.complaints.damage_hint" />
          <DamageWarning />
          <RequestedByInput />
          <InvalidSection />

          <ConfirmInput />
        </Box>
      </SimpleForm>
    </Create>
  );
};
