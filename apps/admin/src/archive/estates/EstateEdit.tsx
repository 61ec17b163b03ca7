import { Edit, SimpleForm } from 'react-admin';
import { EstateInputs, estateTransform } from './EstateInputs';

export const EstateEdit = () => (
  <Edit mutationMode="pessimistic" transform={estateTransform} redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <EstateInputs />
    </SimpleForm>
  </Edit>
);
