import { BooleanField, DataTable } from 'react-admin';
import { SubRecordsTab } from '../../common/SubRecordsTab';
import { ConfirmContactButton } from './ConfirmContactButton';
import { ContactInputs, contactCreateTransform, contactEditTransform } from './ContactInputs';
import { VerifiedAtField } from './VerifiedAtField';

/** The household's contacts, with when each was last confirmed as current (ARC-2). */
export const ContactsTab = () => (
  <SubRecordsTab
    reference="contacts"
    addLabel="estate.contacts.add"
    editTitle="estate.contacts.edit"
    emptyMessage="estate.contacts.empty"
    inputs={<ContactInputs />}
    createTransform={contactCreateTransform}
    editTransform={contactEditTransform}
    rowActions={<ConfirmContactButton />}
  >
    <DataTable.Col source="name" />
    <DataTable.Col source="relation" disableSort />
    <DataTable.Col source="phone" disableSort />
    <DataTable.Col source="email" disableSort />
    <DataTable.Col source="emergency" disableSort>
      <BooleanField source="emergency" />
    </DataTable.Col>
    <DataTable.Col source="verifiedAt" disableSort>
      <VerifiedAtField />
    </DataTable.Col>
  </SubRecordsTab>
);
