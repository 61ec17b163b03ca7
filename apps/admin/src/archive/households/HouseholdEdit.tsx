import { Edit, ShowButton, SimpleForm, TopToolbar } from 'react-admin';
import { HouseholdInputs, householdTransform } from './HouseholdInputs';

const Actions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export const HouseholdEdit = () => (
  <Edit mutationMode="pessimistic" transform={householdTransform} redirect="show" actions={<Actions />}>
    <SimpleForm>
      <HouseholdInputs />
    </SimpleForm>
  </Edit>
);
