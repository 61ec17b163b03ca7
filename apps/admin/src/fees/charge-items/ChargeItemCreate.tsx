import { Create, SimpleForm } from 'react-admin';
import { ChargeItemInputs, chargeItemDefaults, chargeItemCreateTransform } from './ChargeItemInputs';

export const ChargeItemCreate = () => (
  <Create transform={chargeItemCreateTransform} redirect="list">
    <SimpleForm defaultValues={chargeItemDefaults}>
      <ChargeItemInputs />
    </SimpleForm>
  </Create>
);
