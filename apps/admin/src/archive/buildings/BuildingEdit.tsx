import { Edit, SimpleForm } from 'react-admin';
import { BuildingInputs, buildingEditTransform } from './BuildingInputs';

export const BuildingEdit = () => (
  <Edit mutationMode="pessimistic" transform={buildingEditTransform} redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <BuildingInputs edit />
    </SimpleForm>
  </Edit>
);
