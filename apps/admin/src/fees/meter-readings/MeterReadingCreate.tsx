import { useMemo } from 'react';
import { Create, Edit, SimpleForm } from 'react-admin';
import { MeterReadingInputs, meterReadingCreateTransform, meterReadingDefaults, meterReadingEditTransform } from './MeterReadingInputs';

/** 409 when the unit already has a reading of that item for the period: the API's message says so. */
export const MeterReadingCreate = () => {
  const defaults = useMemo(meterReadingDefaults, []);
  return (
    <Create transform={meterReadingCreateTransform} redirect="list">
      <SimpleForm defaultValues={defaults}>
        <MeterReadingInputs />
      </SimpleForm>
    </Create>
  );
};

/** Correct a reading typed wrong (before the period is billed). */
export const MeterReadingEdit = () => (
  <Edit mutationMode="pessimistic" transform={meterReadingEditTransform} redirect="list">
    <SimpleForm>
      <MeterReadingInputs edit />
    </SimpleForm>
  </Edit>
);
