import { Alert, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  ArrayInput,
  Create,
  maxLength,
  minValue,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { estateToday } from '../../common/days';
import { HouseholdLookup } from '../../common/HouseholdInput';
import { newRequestId } from '../../common/requestId';
import { FormHeading, FormRow } from '../../common/Section';
import { phone } from '../../common/validators';
import { API_URL, httpClient } from '../../http';
import { APPLICANT_KINDS } from '../types';

interface Requirement {
  code: string;
  label: { zh: string; en: string };
  required?: boolean;
}

/** The documents the chosen applicant brings (the `checklists` policy), shown before saving. */
const Requirements = () => {
  const applicantKind = useWatch({ name: 'applicantKind' }) as string | undefined;
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['checklist-requirements', 'release-pass', applicantKind],
    enabled: Boolean(applicantKind),
    queryFn: async () => (await httpClient(`${API_URL}/checklists/requirements?purpose=release-pass&applicantKind=${applicantKind}`)).json as Requirement[],
  });
  if (!data) return null;
  return (
    <Alert severity="info" sx={{ maxWidth: 960 }} data-testid="requirements">
      <Typography variant="body2">{translate('estate.gate.checklist.title')}</Typography>
      <List dense disablePadding>
        {data.map((r) => (
          <ListItem key={r.code} disableGutters>
            <ListItemText primary={`${locale === 'zh' ? r.label.zh : r.label.en}${r.required === false ? ` (${translate('estate.gate.checklist.optional')})` : ''}`} />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (value: unknown) => (value && !TIME.test(String(value)) ? 'estate.gate.to_before_from' : undefined);
const endAfterStart = (_: unknown, values: Record<string, unknown>) =>
  values.from && values.to && String(values.to) <= String(values.from) ? 'estate.gate.to_before_from' : undefined;

/** The form's day and times are the estate's (UTC+8): sent as instants. */
const transform = (data: Record<string, unknown>) => {
  const at = (t: unknown) => new Date(`${String(data.day)}T${String(t)}:00+08:00`).toISOString();
  return {
    householdId: data.householdId,
    applicantKind: data.applicantKind,
    applicantName: data.applicantName,
    applicantPhone: data.applicantPhone,
    items: ((data.items as { name: string; quantity: number }[]) ?? []).map((i) => ({ name: i.name, quantity: Number(i.quantity) })),
    validFrom: at(data.from),
    validTo: at(data.to),
    ...(data.vehicle ? { vehicle: data.vehicle } : {}),
    requestId: data.requestId,
  };
};

/** REC-3: a resident applies for an item release pass at the desk; the documents are checked on the next page. */
export const ReleasePassCreate = () => {
  const translate = useTranslate();
  const defaults = useMemo(
    () => ({ applicantKind: 'OWNER', items: [{ name: '', quantity: 1 }], day: estateToday(), from: '09:00', to: '18:00', requestId: newRequestId('release') }),
    [],
  );
  return (
    <Create title="estate.gate.new" transform={transform} redirect="show">
      <SimpleForm defaultValues={defaults} warnWhenUnsavedChanges>
        <FormHeading title="estate.gate.sections.applicant" />
        <HouseholdLookup validate={required()} />
        <RadioButtonGroupInput source="applicantKind" choices={APPLICANT_KINDS.map((k) => ({ id: k, name: `estate.gate.applicant.${k}` }))} validate={required()} />
        <Requirements />
        <FormRow>
          <TextInput source="applicantName" validate={[required(), maxLength(100)]} />
          <TextInput source="applicantPhone" validate={[required(), phone]} />
        </FormRow>
        <FormHeading title="estate.gate.sections.items" />
        <ArrayInput source="items" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="name" label="resources.release-passes.fields.item_name" validate={[required(), maxLength(200)]} />
            <NumberInput source="quantity" label="resources.release-passes.fields.item_quantity" validate={[required(), minValue(1)]} min={1} step={1} sx={{ width: 120 }} />
          </SimpleFormIterator>
        </ArrayInput>
        <FormRow columns={3}>
          <TextInput source="day" type="date" validate={required()} />
          <TextInput source="from" type="time" validate={[required(), time]} />
          <TextInput source="to" type="time" validate={[required(), time, endAfterStart]} />
        </FormRow>
        <Typography variant="caption" color="text.secondary">
          {translate('estate.gate.window_hint')}
        </Typography>
        <TextInput source="vehicle" validate={maxLength(60)} sx={{ maxWidth: 480 }} fullWidth />
      </SimpleForm>
    </Create>
  );
};
