import { Create, SimpleForm } from 'react-admin';
import { StaffInputs, staffCreateTransform, staffDefaults } from './StaffInputs';

/** Administrators only (authProvider.canAccess; the API answers 403 to anyone else). */
export const StaffCreate = () => (
  <Create transform={staffCreateTransform} redirect="list">
    <SimpleForm defaultValues={staffDefaults}>
      <StaffInputs />
    </SimpleForm>
  </Create>
);
