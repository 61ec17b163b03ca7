import { Create, SimpleForm } from 'react-admin';
import { BuildingInputs, buildingCreateTransform } from './BuildingInputs';

export const BuildingCreate = () => (
  <Create transform={buildingCreateTransform} redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <BuildingInputs />
    </SimpleForm>
  </Create>
);
