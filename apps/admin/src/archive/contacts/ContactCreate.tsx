import { Create, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdInput } from '../../common/HouseholdInput';
import { ContactInputs, contactCreateTransform } from './ContactInputs';

/** Standalone page (`/contacts/create?source={"householdId":1}`); the household file adds contacts in a dialog. */
export const ContactCreate = () => (
  <Create transform={contactCreateTransform} redirect={backToHouseholdTab('contacts')}>
    <SimpleForm sx={{ maxWidth: 720 }} defaultValues={{ emergency: false }}>
      <HouseholdInput />
      <ContactInputs />
    </SimpleForm>
  </Create>
);
