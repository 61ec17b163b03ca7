import { Create, SimpleForm } from 'react-admin';
import { HouseholdInputs, householdDefaults, householdTransform } from './HouseholdInputs';

export const HouseholdCreate = () => (
  <Create transform={householdTransform} redirect="show">
    <SimpleForm defaultValues={householdDefaults}>
      <HouseholdInputs />
    </SimpleForm>
  </Create>
);
