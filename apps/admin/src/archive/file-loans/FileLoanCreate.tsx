import { Create, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdInput } from '../../common/HouseholdInput';
import { LoanInputs, loanCreateTransform, loanDefaults } from './LoanInputs';

/** Lend a household file from the register page (the household file has the same action in a dialog). */
export const FileLoanCreate = () => (
  <Create transform={loanCreateTransform} redirect={backToHouseholdTab('loans')}>
    <SimpleForm sx={{ maxWidth: 720 }} defaultValues={loanDefaults}>
      <HouseholdInput />
      <LoanInputs />
    </SimpleForm>
  </Create>
);
