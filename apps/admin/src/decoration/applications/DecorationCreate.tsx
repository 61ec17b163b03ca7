import { Alert, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ArrayInput, BooleanInput, Create, maxLength, RadioButtonGroupInput, required, SimpleForm, SimpleFormIterator, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { addDays, estateToday } from '../../common/days';
import { HouseholdLookup } from '../../common/HouseholdInput';
import { pick } from '../../common/localized';
import { newRequestId } from '../../common/requestId';
import { FormHeading, FormRow } from '../../common/Section';
import { phone } from '../../common/validators';
import { API_URL, httpClient } from '../../http';
import { APPLICANT_KINDS } from '../../gate/types';
import { decorationApi } from '../api';

/** DEC-1: the documents the chosen applicant brings (the `checklists` policy), shown before saving. */
const Requirements = () => {
  const applicantKind = useWatch({ name: 'applicantKind' }) as string | undefined;
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['checklist-requirements', 'decoration', applicantKind],
    enabled: Boolean(applicantKind),
    queryFn: async () => (await httpClient(`${API_URL}/checklists/requirements?purpose=decoration&applicantKind=${applicantKind}`)).json as { code: string; label: { zh: string; en: string } }[],
  });
  if (!data) return null;
  return (
    <Alert severity="info" sx={{ maxWidth: 960 }} data-testid="requirements">
      <Typography variant="body2">{translate('estate.gate.checklist.title')}</Typography>
      <List dense disablePadding>
        {data.map((r) => (
          <ListItem key={r.code} disableGutters>
            <ListItemText primary={pick(r.label, locale)} />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};

/** DEC-2: the working hours and prohibitions of the policy in force, read to the applicant and the contractor. */
const Rules = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['decoration-rules'], queryFn: decorationApi.rules });
  if (!data) return null;
  return (
    <Alert severity="warning" sx={{ maxWidth: 960 }} data-testid="rules">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{pick(data.workingHours, locale)}</Typography>
      <List dense disablePadding>
        {data.prohibitions.map((p, i) => (
          <ListItem key={i} disableGutters>
            <ListItemText primary={`${i + 1}. ${pick(p, locale)}`} />
          </ListItem>
        ))}
      </List>
      <Typography variant="body2">{translate('estate.decoration.fees_hint', { fee: data.garbageFee.toFixed(2), deposit: data.deposit.toFixed(2) })}</Typography>
    </Alert>
  );
};

const mustTick = (value: unknown) => (value === true ? undefined : 'estate.decoration.must_tick');
const notBefore = (value: unknown, values: Record<string, unknown>) => (value && values.worksFrom && String(value) < String(values.worksFrom) ? 'estate.decoration.to_before_from' : undefined);

const transform = (data: Record<string, unknown>) => ({
  ...data,
  structuralChange: data.structuralChange === true,
  loadIncrease: data.loadIncrease === true,
  workers: ((data.workers as Record<string, string>[]) ?? []).map((w) => ({ name: w.name, idNumber: w.idNumber, ...(w.phone ? { phone: w.phone } : {}), ...(w.trade ? { trade: w.trade } : {}) })),
});

/** DEC-1, DEC-2: the application at the desk; the documents are checked and the application filed on the next page. */
export const DecorationCreate = () => {
  const defaults = useMemo(
    () => ({ applicantKind: 'OWNER', structuralChange: false, loadIncrease: false, worksFrom: estateToday(), worksTo: addDays(estateToday(), 30), workers: [{ name: '', idNumber: '' }], requestId: newRequestId('decoration') }),
    [],
  );
  return (
    <Create title="estate.decoration.new" transform={transform} redirect="show">
      <SimpleForm defaultValues={defaults} warnWhenUnsavedChanges>
        <FormHeading title="estate.decoration.sections.applicant" />
        <HouseholdLookup validate={required()} />
        <RadioButtonGroupInput source="applicantKind" choices={APPLICANT_KINDS.map((k) => ({ id: k, name: `estate.gate.applicant.${k}` }))} validate={required()} />
        <Requirements />
        <FormRow>
          <TextInput source="applicantName" validate={[required(), maxLength(100)]} />
          <TextInput source="applicantPhone" validate={[required(), phone]} />
        </FormRow>
        <FormRow>
          <TextInput source="contractorName" validate={[required(), maxLength(200)]} />
          <TextInput source="contractorPhone" validate={[required(), phone]} />
        </FormRow>
        <FormHeading title="estate.decoration.sections.plan" />
        <TextInput source="plan" multiline minRows={3} fullWidth validate={[required(), maxLength(5000)]} />
        <FormRow>
          <BooleanInput source="structuralChange" helperText="estate.decoration.structural_hint" />
          <BooleanInput source="loadIncrease" />
        </FormRow>
        <FormRow>
          <TextInput source="worksFrom" type="date" validate={required()} />
          <TextInput source="worksTo" type="date" validate={[required(), notBefore]} />
        </FormRow>
        <FormHeading title="estate.decoration.sections.rules" />
        <Rules />
        <BooleanInput source="applicantAcknowledged" validate={mustTick} />
        <BooleanInput source="contractorAcknowledged" validate={mustTick} />
        <BooleanInput source="agreementSigned" validate={mustTick} />
        <FormHeading title="estate.decoration.sections.workers" />
        <ArrayInput source="workers" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="name" label="resources.decorations.fields.worker_name" validate={[required(), maxLength(100)]} />
            <TextInput source="idNumber" label="resources.decorations.fields.worker_id" validate={[required(), maxLength(20)]} />
            <TextInput source="phone" label="resources.decorations.fields.worker_phone" validate={phone} />
            <TextInput source="trade" label="resources.decorations.fields.worker_trade" validate={maxLength(50)} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
};
