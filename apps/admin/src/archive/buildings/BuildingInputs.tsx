import { maxLength, maxValue, minValue, NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { pickWritable } from '../../common/transform';
import { buildingCode, integer } from '../../common/validators';

export const buildingCreateTransform = pickWritable(['estateId', 'code', 'name', 'floors'] as const);
/** A building does not move to another estate: the update leaves estateId out. */
export const buildingEditTransform = pickWritable(['code', 'name', 'floors'] as const);

export const BuildingInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="estateId" reference="estates">
      <SelectInput validate={required()} readOnly={edit} />
    </ReferenceInput>
    <TextInput source="code" validate={[required(), buildingCode]} />
    <TextInput source="name" validate={[required(), maxLength(50)]} />
    <NumberInput source="floors" min={1} max={200} step={1} validate={[required(), integer, minValue(1), maxValue(200)]} />
  </>
);
