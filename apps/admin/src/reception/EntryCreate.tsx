import { useMemo, useRef } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  maxLength,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  type Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { HouseholdLookup, type HouseholdOption } from '../common/HouseholdInput';
import { newRequestId } from '../common/requestId';
import { FormHeading, FormRow } from '../common/Section';
import { phone } from '../common/validators';
import { QuickReplyInput } from '../work/quick-replies/QuickReplyInput';
import { CHANNELS, KINDS, keyed } from './shared';

/** What POST /reception-entries accepts; the API refuses unknown fields. */
export const entryTransform = (data: Record<string, unknown>) => {
  const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
  const body: Record<string, unknown> = {
    kind: data.kind,
    channel: data.channel,
    residentName: trimmed(data.residentName),
    phone: trimmed(data.phone),
    content: trimmed(data.content),
    confirmedWithResident: data.confirmedWithResident === true,
    requestId: data.requestId,
  };
  if (data.householdId != null && data.householdId !== '') body.householdId = Number(data.householdId);
  if (trimmed(data.reply)) body.reply = trimmed(data.reply);
  if (data.handlerId != null && data.handlerId !== '') body.handlerId = Number(data.handlerId);
  if (data.kind === 'PRAISE' && data.praisedStaffId != null && data.praisedStaffId !== '') body.praisedStaffId = Number(data.praisedStaffId);
  return body;
};

/** Picking a household fills the resident's name and phone, unless staff typed something else there. */
const ResidentLookup = () => {
  const { getValues, setValue } = useFormContext();
  const filled = useRef<Record<string, string>>({});
  const onChange = (_value: unknown, household: HouseholdOption | undefined) => {
    if (!household) return;
    for (const [field, value] of [['residentName', household.name], ['phone', household.phone]] as const) {
      if (!value) continue;
      const current = getValues(field);
      if (!current || current === filled.current[field]) setValue(field, value, { shouldDirty: true, shouldValidate: true });
      filled.current[field] = value;
    }
  };
  return <HouseholdLookup helperText="estate.reception.household_hint" onChange={onChange} />;
};

const staffText = (record: { displayName?: string } | undefined) => record?.displayName ?? '';
const staffQuery = (search: string) => ({ q: search });

const StaffInput = ({ source, validate, helperText }: { source: string; validate?: Validator; helperText?: string }) => (
  <ReferenceInput source={source} reference="staff" filter={{ active: true }} sort={{ field: 'displayName', order: 'ASC' }}>
    <AutocompleteInput optionText={staffText} filterToQuery={staffQuery} validate={validate} helperText={helperText} sx={{ maxWidth: 480 }} fullWidth />
  </ReferenceInput>
);

const praised: Validator = (value, values) => (values.kind === 'PRAISE' && (value == null || value === '') ? 'estate.reception.praise_needs_staff' : undefined);

const PraisedStaff = () => (useWatch({ name: 'kind' }) === 'PRAISE' ? <StaffInput source="praisedStaffId" validate={praised} /> : null);

const confirmed: Validator = (value) => (value === true ? undefined : 'estate.reception.confirm_required');

/**
 * REC-1: a call or visit into the log, as the conversation goes: who (household lookup or a name and phone),
 * what kind, what was said and answered, who handles it, and the read-back. Saved with one request id per filling.
 */
export const EntryCreate = () => {
  const defaults = useMemo(() => ({ kind: 'COMPLAINT', channel: 'PHONE', confirmedWithResident: false, requestId: newRequestId('reception') }), []);
  return (
    <Create title="estate.reception.new" transform={entryTransform} redirect="show">
      <SimpleForm defaultValues={defaults} warnWhenUnsavedChanges>
        <FormHeading title="estate.reception.sections.resident" />
        <ResidentLookup />
        <FormRow>
          <TextInput source="residentName" validate={[required(), maxLength(100)]} />
          <TextInput source="phone" validate={[required(), phone]} />
        </FormRow>
        <RadioButtonGroupInput source="channel" choices={keyed(CHANNELS, 'estate.reception.channel')} validate={required()} />
        <FormHeading title="estate.reception.sections.said" />
        <RadioButtonGroupInput source="kind" choices={keyed(KINDS, 'estate.reception.kind')} validate={required()} />
        <PraisedStaff />
        <TextInput source="content" multiline minRows={3} validate={[required(), maxLength(5000)]} sx={{ maxWidth: 960 }} fullWidth />
        <TextInput source="reply" multiline minRows={2} validate={maxLength(5000)} sx={{ maxWidth: 960 }} fullWidth />
        <QuickReplyInput source="reply" process="reception" />
        <FormHeading title="estate.reception.sections.handling" />
        <StaffInput source="handlerId" helperText="estate.reception.handler_hint" />
        <FormHeading title="estate.reception.sections.confirm" />
        <BooleanInput source="confirmedWithResident" validate={confirmed} />
      </SimpleForm>
    </Create>
  );
};
