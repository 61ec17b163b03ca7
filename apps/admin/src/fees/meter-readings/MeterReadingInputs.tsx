import { useMemo } from 'react';
import { AutocompleteInput, NumberInput, ReferenceInput, required, SelectInput, useGetList, type SelectInputProps } from 'react-admin';
import { estatePeriod } from '../../common/days';
import { useLocalized } from '../../common/localized';
import { FormRow } from '../../common/Section';
import { pickWritable } from '../../common/transform';
import { notNegative, twoDecimals } from '../../common/validators';
import { CHARGE_ITEM_SORT } from '../charge-items/types';
import { PeriodInput } from '../inputs';
import type { ChargeItem } from '../types';

const pickReading = pickWritable(['unitId', 'chargeItemId', 'period'] as const);

/** POST takes the unit, the metered item, the period and the reading; PUT only corrects the reading. */
export const meterReadingCreateTransform = (data: Record<string, unknown>) => ({ ...pickReading(data), quantity: Number(data.quantity) });
export const meterReadingEditTransform = (data: Record<string, unknown>) => ({ quantity: Number(data.quantity) });

/** A new reading is for the current month unless changed. */
export const meterReadingDefaults = () => ({ period: estatePeriod() });

const unitFilterToQuery = (search: string) => ({ q: search });

/** The unit, searched by number (a filter of the list, or a required input of the form). */
export const UnitInput = ({ isRequired = false, disabled = false }: { alwaysOn?: boolean; isRequired?: boolean; disabled?: boolean }) => (
  <ReferenceInput source="unitId" reference="units" sort={{ field: 'number', order: 'ASC' }}>
    <AutocompleteInput
      optionText="number"
      filterToQuery={unitFilterToQuery}
      validate={isRequired ? required() : undefined}
      disabled={disabled}
    />
  </ReferenceInput>
);

/**
 * The metered charge items (water, electricity...): the API lists charge items without filters,
 * so the metered ones are picked here.
 */
export const MeteredItemInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const { pick } = useLocalized();
  const { data, isPending } = useGetList<ChargeItem>('charge-items', {
    sort: CHARGE_ITEM_SORT,
    pagination: { page: 1, perPage: 100 },
  });
  const metered = useMemo(
    () =>
      (data ?? [])
        .filter((item) => item.basis === 'METERED')
        .map((item) => ({ id: item.id, name: pick({ zh: item.nameZh, en: item.nameEn }) || item.code })),
    [data, pick],
  );
  return <SelectInput source="chargeItemId" choices={metered} isPending={isPending} translateChoice={false} {...props} />;
};

/**
 * A meter reading of a unit for a period (MOV-5, MOV-7), billed by the METERED charge items.
 * `edit`: only the reading is corrected; the unit, the meter and the period stay.
 */
export const MeterReadingInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <FormRow>
      <UnitInput isRequired disabled={edit} />
      <MeteredItemInput validate={required()} disabled={edit} />
    </FormRow>
    <FormRow>
      <PeriodInput source="period" isRequired disabled={edit} />
      <NumberInput source="quantity" min={0} validate={[required(), notNegative, twoDecimals]} helperText="estate.meter_readings.quantity_hint" />
    </FormRow>
  </>
);
