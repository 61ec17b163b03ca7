import { Box, Typography } from '@mui/material';
import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import {
  BooleanInput,
  Create,
  DateTimeInput,
  maxLength,
  RadioButtonGroupInput,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { choices } from '../common/enums';
import { FormHeading, FormRow } from '../common/Section';
import { phone } from '../common/validators';
import { ComplaintTierOption } from './ComplaintFields';
import {
  ComplainantLookup,
  ConfirmInput,
  DamageWarning,
  InvalidSection,
  notInFuture,
  RequestedByInput,
} from './ComplaintInputs';
import { complaintDepartmentChoices } from './types';
import { newRequestId } from '../common/requestId';

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
  // One id per filling of the form: saving twice (a double press, a retry after a lost answer) takes it once.
  if (typeof data.requestId === 'string') body.requestId = data.requestId;
  // CMP-4: a requested date belongs to minor complaints only.
  if (data.tier === 'MINOR' && data.requestedBy) body.requestedBy = iso(data.requestedBy);
  const invalidReason = trimmed(data.invalidReason);
  if (invalidReason) body.invalidReason = invalidReason;
  return body;
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
    () => ({ channel: 'HOTLINE', occurredAt: new Date(), damageOngoing: false, confirmedWithResident: false, requestId: newRequestId('complaint') }),
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
