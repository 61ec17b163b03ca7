import { Create, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdInput } from '../../common/HouseholdInput';
import { useRequestId } from '../../common/useRequestId';
import { ContactInputs, contactCreateTransform } from './ContactInputs';

/** Standalone page (`/contacts/create?source={"householdId":1}`); the household file adds contacts in a dialog. */
export const ContactCreate = () => {
  const requestId = useRequestId('contacts');
  return (
    <Create transform={contactCreateTransform} redirect={backToHouseholdTab('contacts')}>
      <SimpleForm sx={{ maxWidth: 720 }} defaultValues={{ emergency: false, requestId }}>
        <HouseholdInput />
        <ContactInputs />
      </SimpleForm>
    </Create>
  );
};
