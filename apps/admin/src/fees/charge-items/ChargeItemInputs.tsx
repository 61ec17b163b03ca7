import {
  BooleanInput,
  maxLength,
  NumberInput,
  RadioButtonGroupInput,
  regex,
  required,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { choices } from '../../common/enums';
import { FormRow } from '../../common/Section';
import { pickWritable } from '../../common/transform';
import { integer } from '../../common/validators';
import { MoneyInput } from '../inputs';

/** What PUT /charge-items accepts; POST also takes the code, which never changes afterwards. */
const CHARGE_ITEM_WRITABLE = ['nameZh', 'nameEn', 'basis', 'rate', 'custodyReduced', 'active', 'sortOrder'] as const;

const chargeItemBody = (data: Record<string, unknown>) => {
  const body = pickWritable(CHARGE_ITEM_WRITABLE)(data);
  if (body.rate != null) body.rate = Number(body.rate);
  if (body.sortOrder == null || body.sortOrder === '') delete body.sortOrder;
  return body;
};

export const chargeItemCreateTransform = (data: Record<string, unknown>) => ({ code: data.code, ...chargeItemBody(data) });
export const chargeItemEditTransform = chargeItemBody;

export const chargeItemDefaults = { basis: 'AREA', custodyReduced: false, active: true, sortOrder: 0 };

const code = regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'estate.charge_items.code_invalid');

/** The rate's unit follows the basis: per m² and month, per period, per unit of the reading. */
const RateInput = () => {
  const basis = useWatch({ name: 'basis' }) as string | undefined;
  const translate = useTranslate();
  return (
    <MoneyInput
      source="rate"
      isRequired
      allowZero
      helperText={basis ? translate(`estate.charge_items.rate_hints.${basis}`) : ' '}
    />
  );
};

/**
 * The inputs of a charge item (FEE-1); `custodyReduced` is FEE-8's 70% for units in custody.
 * The code is chosen once (`edit`: shown, not changed).
 */
export const ChargeItemInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <FormRow>
      <TextInput source="code" validate={[required(), code]} helperText={edit ? false : 'estate.charge_items.code_hint'} disabled={edit} />
      <NumberInput source="sortOrder" validate={integer} helperText="estate.charge_items.sort_hint" />
    </FormRow>
    <FormRow>
      <TextInput source="nameZh" validate={[required(), maxLength(60)]} />
      <TextInput source="nameEn" validate={[required(), maxLength(80)]} />
    </FormRow>
    <RadioButtonGroupInput source="basis" choices={choices('chargeBasis')} validate={required()} />
    <FormRow>
      <RateInput />
    </FormRow>
    <BooleanInput source="custodyReduced" helperText="estate.charge_items.custody_hint" />
    <BooleanInput source="active" helperText="estate.charge_items.active_hint" />
  </>
);
