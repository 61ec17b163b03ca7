import { Edit, Labeled, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdReference } from '../../common/HouseholdInput';
import { ContactInputs, contactEditTransform } from './ContactInputs';

export const ContactEdit = () => (
  <Edit mutationMode="pessimistic" transform={contactEditTransform} redirect={backToHouseholdTab('contacts')}>
    <SimpleForm sx={{ maxWidth: 720 }}>
      <Labeled source="householdId">
        <HouseholdReference />
      </Labeled>
      <ContactInputs />
    </SimpleForm>
  </Edit>
);
