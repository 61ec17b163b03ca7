import { Create, SimpleForm } from 'react-admin';
import { UnitInputs, unitCreateTransform } from './UnitInputs';

export const UnitCreate = () => (
  <Create transform={unitCreateTransform} redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }} defaultValues={{ status: 'VACANT' }}>
      <UnitInputs />
    </SimpleForm>
  </Create>
);
