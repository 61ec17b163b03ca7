import {
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { choices } from '../../common/enums';
import { pickWritable } from '../../common/transform';
import { integer, twoDecimals, unitNumber } from '../../common/validators';

export const unitCreateTransform = pickWritable(['buildingId', 'number', 'floor', 'areaSqm', 'status'] as const);
/** A unit does not move to another building: the update leaves buildingId out. */
export const unitEditTransform = pickWritable(['number', 'floor', 'areaSqm', 'status'] as const);

/** A unit number is unique in its building (the API answers 409 otherwise). */
export const UnitInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} perPage={200}>
      <SelectInput validate={required()} readOnly={edit} />
    </ReferenceInput>
    <TextInput source="number" validate={[required(), unitNumber]} />
    <NumberInput source="floor" step={1} validate={[required(), integer, minValue(-5), maxValue(200)]} />
    <NumberInput
      source="areaSqm"
      min={1}
      step={0.01}
      validate={[required(), minValue(1), maxValue(99999), twoDecimals]}
    />
    <SelectInput source="status" choices={choices('unitStatus')} validate={required()} />
  </>
);
