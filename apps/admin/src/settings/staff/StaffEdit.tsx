import { Edit, SimpleForm } from 'react-admin';
import { StaffHistory } from './StaffHistory';
import { StaffInputs, staffEditTransform } from './StaffInputs';

/** Administrators only: other roles get react-admin's access-denied page (authProvider.canAccess). */
export const StaffEdit = () => (
  <Edit mutationMode="pessimistic" transform={staffEditTransform} redirect="list">
    <SimpleForm>
      <StaffInputs edit />
    </SimpleForm>
    <StaffHistory />
  </Edit>
);
