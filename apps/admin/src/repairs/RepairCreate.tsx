import { Box, Typography } from '@mui/material';
import { useMemo, type KeyboardEvent } from 'react';
import { BooleanInput, Create, maxLength, RadioButtonGroupInput, required, SaveButton, SimpleForm, TextInput, Toolbar, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { newRequestId } from '../common/requestId';
import { FormHeading, FormRow } from '../common/Section';
import { phone } from '../common/validators';
import { CategoryInput, ConfirmInput, LocationInput, OneTabStop, QuoteInput, ReporterLookup, WindowsInput } from './RepairInputs';
import { ReadBack, windowsOf } from './RepairReadBack';

/** What POST /repairs accepts; the API refuses unknown fields. */
export const repairTransform = (data: Record<string, unknown>): Record<string, unknown> => {
  const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);
  const publicArea = data.publicArea === true;
  const body: Record<string, unknown> = {
    reporterName: trimmed(data.reporterName),
    phone: trimmed(data.phone),
    channel: data.channel,
    category: data.category,
    description: trimmed(data.description),
    emergency: data.emergency === true,
    confirmedWithResident: data.confirmedWithResident === true,
  };
  if (publicArea) body.location = trimmed(data.location);
  else if (data.householdId != null && data.householdId !== '') body.householdId = Number(data.householdId);
  const windows = windowsOf(data.windows);
  if (windows.length) body.windows = windows;
  // REP-2: a paid job states its charge up front and the resident accepts it.
  if (data.kind === 'PAID') {
    if (data.priceCode) body.priceCode = data.priceCode;
    body.chargeAccepted = data.chargeAccepted === true;
  }
  // One id per filling of the form: saving twice (a double press, a retry after a lost answer) takes it once.
  if (typeof data.requestId === 'string') body.requestId = data.requestId;
  return body;
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
    <Toolbar sx={{ gap: 2, flexWrap: 'wrap' }}>
      <SaveButton label="estate.repairs.save" alwaysEnable />
      <Typography variant="caption" color="text.secondary">
        {translate('estate.repairs.keyboard_hint')}
      </Typography>
    </Toolbar>
  );
};

/** A home (the household lookup) or a public place (where, no household). */
const WhereInputs = () => {
  const publicArea = useWatch({ name: 'publicArea' }) === true;
  return (
    <>
      {publicArea ? <LocationInput /> : <ReporterLookup />}
      <BooleanInput source="publicArea" helperText="estate.repairs.public_area_hint" />
    </>
  );
};

const CHANNELS = ['HOTLINE', 'DESK'].map((id) => ({ id, name: `estate.repairs.channel.${id}` }));

/**
 * Taking a repair order (REP-1, REP-2), built for a receptionist on the phone like the complaint intake: the
 * household lookup has the focus and fills the reporter's name and phone; one tab stop per radio group;
 * Enter saves from a one-line input, Ctrl+Enter from anywhere. The quote says free or paid before saving,
 * the read-back shows the order in words, and the confirmation is required. On success the order opens.
 */
export const RepairCreate = () => {
  const defaults = useMemo(
    () => ({
      channel: 'HOTLINE',
      publicArea: false,
      emergency: false,
      windows: [{ day: null, from: null, to: null }],
      confirmedWithResident: false,
      chargeAccepted: false,
      requestId: newRequestId('repair'),
    }),
    [],
  );
  return (
    <Create title="estate.repairs.new" transform={repairTransform} redirect="show">
      <SimpleForm defaultValues={defaults} toolbar={<CreateToolbar />} warnWhenUnsavedChanges>
        <Box onKeyDown={submitOnCtrlEnter} sx={{ width: '100%' }}>
          <FormHeading title="estate.repairs.sections.resident" />
          <WhereInputs />
          <FormRow>
            <TextInput source="reporterName" validate={[required(), maxLength(100)]} />
            <TextInput source="phone" validate={[required(), phone]} />
          </FormRow>
          <OneTabStop source="channel">
            <RadioButtonGroupInput source="channel" choices={CHANNELS} validate={required()} />
          </OneTabStop>

          <FormHeading title="estate.repairs.sections.problem" />
          <CategoryInput />
          <TextInput source="description" multiline minRows={3} validate={[required(), maxLength(5000)]} sx={{ maxWidth: 960 }} fullWidth />
          <BooleanInput source="emergency" helperText="estate.repairs.emergency_hint" />

          <WindowsInput />

          <FormHeading title="estate.repairs.sections.register" />
          <QuoteInput />

          <FormHeading title="estate.repairs.sections.read_back" />
          <ReadBack />
          <ConfirmInput />
        </Box>
      </SimpleForm>
    </Create>
  );
};
