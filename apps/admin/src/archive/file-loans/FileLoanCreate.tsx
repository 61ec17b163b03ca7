import { Create, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdInput } from '../../common/HouseholdInput';
import { useRequestId } from '../../common/useRequestId';
import { LoanInputs, loanCreateTransform, loanDefaults } from './LoanInputs';

/** Lend a household file from the register page (the household file has the same action in a dialog). */
export const FileLoanCreate = () => {
  // One request id per filling: a double press lends the file once.
  const requestId = useRequestId('file-loans');
  return (
    <Create transform={loanCreateTransform} redirect={backToHouseholdTab('loans')}>
      <SimpleForm sx={{ maxWidth: 720 }} defaultValues={{ ...loanDefaults, requestId }}>
        <HouseholdInput />
        <LoanInputs />
      </SimpleForm>
    </Create>
  );
};
