import { Edit, SimpleForm } from 'react-admin';
import { UnitInputs, unitEditTransform } from './UnitInputs';

export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" transform={unitEditTransform} redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <UnitInputs edit />
    </SimpleForm>
  </Edit>
);
