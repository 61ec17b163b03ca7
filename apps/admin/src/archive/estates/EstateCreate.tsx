import { Create, SimpleForm } from 'react-admin';
import { EstateInputs, estateTransform } from './EstateInputs';

export const EstateCreate = () => (
  <Create transform={estateTransform} redirect="show">
    <SimpleForm sx={{ maxWidth: 720 }}>
      <EstateInputs />
    </SimpleForm>
  </Create>
);
