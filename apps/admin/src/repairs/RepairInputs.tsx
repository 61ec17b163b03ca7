import { Alert, Box, Checkbox, FormControl, FormControlLabel, FormHelperText, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import {
  ArrayInput,
  DateInput,
  maxLength,
  RadioButtonGroupInput,
  required,
  SimpleFormIterator,
  TextInput,
  useInput,
  useTranslate,
  ValidationError,
  type Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { HouseholdLookup, type HouseholdOption } from '../common/HouseholdInput';
import { useLocalized } from '../common/localized';
import { FormRow } from '../common/Section';
import { repairsApi } from './api';
import { useCatalogue, useRepairNames } from './catalogue';
import { useWarrantyText } from './RepairFields';

// The inputs of the repair intake form (RepairCreate) that carry the repair rules.

/**
 * One tab stop per radio group, as with any other input: the checked option, or the first one while none
 * is (browsers stop at every option of a group with nothing checked). The arrow keys move between options.
 */
export const OneTabStop = ({ source, children }: { source: string; children: ReactNode }) => {
  const value = useWatch({ name: source });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const radios = Array.from(ref.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? []);
    const current = radios.find((radio) => radio.checked) ?? radios[0];
    for (const radio of radios) radio.tabIndex = radio === current ? 0 : -1;
  }, [value]);
  return <Box ref={ref}>{children}</Box>;
};

/** Who is calling: choosing a household fills the reporter's name and phone unless staff typed others. */
export const ReporterLookup = () => {
  const { getValues, setValue } = useFormContext();
  const filled = useRef<Record<string, string>>({});
  const onChange = (_value: unknown, household: HouseholdOption | undefined) => {
    if (!household) return;
    for (const [field, value] of [
      ['reporterName', household.name],
      ['phone', household.phone],
    ] as const) {
      if (!value) continue;
      const current = getValues(field);
      if (!current || current === filled.current[field]) setValue(field, value, { shouldDirty: true, shouldValidate: true });
      filled.current[field] = value;
    }
  };
  return <HouseholdLookup helperText="estate.repairs.household_hint" validate={required()} onChange={onChange} />;
};

/** The categories of the catalogue, by name: the public-area ones for a public place, the others for a home. */
export const CategoryInput = () => {
  const { data } = useCatalogue();
  const names = useRepairNames();
  const publicArea = useWatch({ name: 'publicArea' }) === true;
  const { getValues, setValue } = useFormContext();
  const categories = (data?.categories ?? []).filter((c) => Boolean(c.publicArea) === publicArea);
  useEffect(() => {
    // Switching between a home and a public place: a category of the other kind no longer fits.
    if (!data) return;
    const current = getValues('category');
    if (current && !categories.some((c) => c.code === current)) setValue('category', publicArea && categories.length === 1 ? categories[0].code : null);
    else if (!current && publicArea && categories.length === 1) setValue('category', categories[0].code);
  }, [publicArea, data]); // eslint-disable-line react-hooks/exhaustive-deps
  const choices = categories.map((c) => ({ id: c.code, name: names.category(c.code) }));
  return (
    <OneTabStop source="category">
      <RadioButtonGroupInput source="category" choices={choices} translateChoice={false} validate={required()} sx={{ maxWidth: 960 }} />
    </OneTabStop>
  );
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time: Validator = (value) => (value && !HHMM.test(String(value)) ? 'estate.repairs.time_format' : undefined);
const afterFrom: Validator = (value, all, props) => {
  const index = Number(/windows\.(\d+)\./.exec(String((props as { source?: string } | undefined)?.source ?? ''))?.[1]);
  const from = Number.isInteger(index) ? (all as { windows?: { from?: string }[] }).windows?.[index]?.from : undefined;
  return value && from && HHMM.test(String(value)) && String(value) <= from ? 'estate.repairs.to_after_from' : undefined;
};
/** REP-1: a convenient time, unless it is an emergency (dispatched at once). */
const windowsNeeded: Validator = (value, all) =>
  (all as { emergency?: boolean }).emergency || (Array.isArray(value) && value.length > 0) ? undefined : 'estate.repairs.window_required';

/** The resident's convenient times: a day, from, to (the estate's clock); the first one is the appointment. */
export const WindowsInput = () => {
  const emergency = useWatch({ name: 'emergency' }) === true;
  return (
    <ArrayInput source="windows" validate={windowsNeeded} helperText={emergency ? 'estate.repairs.windows_emergency_hint' : 'estate.repairs.windows_hint'}>
      <SimpleFormIterator inline disableReordering disableClear>
        <DateInput source="day" label="resources.repairs.fields.window_day" validate={required()} />
        <TextInput source="from" type="time" label="resources.repairs.fields.window_from" validate={[required(), time]} InputLabelProps={{ shrink: true }} />
        <TextInput source="to" type="time" label="resources.repairs.fields.window_to" validate={[required(), time, afterFrom]} InputLabelProps={{ shrink: true }} />
      </SimpleFormIterator>
    </ArrayInput>
  );
};

/** Where, for a public area (a lobby, a car park): there is no unit to name it. */
export const LocationInput = () => (
  <FormRow>
    <TextInput source="location" helperText="estate.repairs.location_hint" validate={[required(), maxLength(200)]} />
  </FormRow>
);

/**
 * REP-2 before saving: free or paid, read from the API for this household and category, with the warranty's
 * end; a paid job picks its price-list item and records the resident's acceptance of the charge. The answer
 * is kept in the form (`kind`) so that only a paid job sends its price and acceptance.
 */
export const QuoteInput = () => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  const warranty = useWarrantyText();
  const { data: catalogue } = useCatalogue();
  const names = useRepairNames();
  const { setValue } = useFormContext();
  const [category, householdId, publicArea, priceCode] = useWatch({ name: ['category', 'householdId', 'publicArea', 'priceCode'] });
  const ready = Boolean(category) && (publicArea === true || householdId != null);
  const household = publicArea === true ? undefined : householdId;
  const quote = useQuery({
    queryKey: ['repairs', 'quote', category, household, priceCode ?? null],
    queryFn: () => repairsApi.quote({ category, householdId: household, priceCode: priceCode || undefined }),
    enabled: ready,
    // Picking a price-list item asks again for its charge: the answer before it stays shown meanwhile, so the
    // radio group under the focus is not unmounted.
    placeholderData: keepPreviousData,
  });
  const kind = ready ? quote.data?.kind : undefined;
  useEffect(() => setValue('kind', kind ?? null), [kind, setValue]);
  if (!ready) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('estate.repairs.quote_waiting')}
      </Typography>
    );
  }
  if (quote.error) return <Alert severity="error" sx={{ mb: 2, maxWidth: 960 }}>{(quote.error as Error).message}</Alert>;
  if (!quote.data) return null;
  const { data } = quote;
  if (data.kind === 'FREE') {
    return (
      <Alert severity="success" sx={{ mb: 2, maxWidth: 960 }} data-quote="FREE">
        <strong>{translate('estate.repairs.kind.FREE')}</strong> · {warranty(data.basis, data.warrantyUntil)}
      </Alert>
    );
  }
  const prices = (catalogue?.priceList ?? []).map((p) => ({ id: p.code, name: `${names.priceItem(p.code)} · ${formatMoney(p.price)}` }));
  return (
    <Box sx={{ mb: 1, maxWidth: 960 }} data-quote="PAID">
      <Alert severity="warning" sx={{ mb: 1 }}>
        <strong>{translate('estate.repairs.kind.PAID')}</strong> · {warranty(data.basis, data.warrantyUntil)}
        {data.charge != null && <> · {translate('estate.repairs.charge_is', { charge: formatMoney(data.charge) })}</>}
      </Alert>
      <OneTabStop source="priceCode">
        <RadioButtonGroupInput source="priceCode" choices={prices} translateChoice={false} validate={required()} row={false} />
      </OneTabStop>
      <ChargeAcceptedInput charge={data.charge == null ? '' : formatMoney(data.charge)} />
    </Box>
  );
};

const accepted: Validator = (value, all) =>
  (all as { kind?: string }).kind !== 'PAID' || value === true ? undefined : 'estate.repairs.charge_accept_required';

const Tick = ({ source, validate, label, hint }: { source: string; validate: Validator; label: string; hint: string }) => {
  const translate = useTranslate();
  const { id, field, fieldState } = useInput({ source, validate, defaultValue: false });
  return (
    <FormControl error={fieldState.invalid} sx={{ mb: 1, maxWidth: 960, display: 'flex' }}>
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
        label={label}
      />
      <FormHelperText sx={{ mt: 0 }}>{fieldState.error?.message ? <ValidationError error={fieldState.error.message} /> : translate(hint)}</FormHelperText>
    </FormControl>
  );
};

/** REP-2: the resident accepts the charge stated up front, before the job is dispatched. */
const ChargeAcceptedInput = ({ charge }: { charge: string }) => {
  const translate = useTranslate();
  return (
    <Tick
      source="chargeAccepted"
      validate={accepted}
      label={charge ? translate('estate.repairs.charge_accepted', { charge }) : translate('estate.repairs.charge_accepted_pick')}
      hint="estate.repairs.charge_accepted_hint"
    />
  );
};

const mustConfirm: Validator = (value) => (value === true ? undefined : 'estate.repairs.confirm_required');

/** REP-1: the order was read back to the resident, who confirmed it (required by the API). */
export const ConfirmInput = () => {
  const translate = useTranslate();
  return <Tick source="confirmedWithResident" validate={mustConfirm} label={translate('resources.repairs.fields.confirmedWithResident')} hint="estate.repairs.confirm_hint" />;
};
