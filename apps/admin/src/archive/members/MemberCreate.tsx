import { Create, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdInput } from '../../common/HouseholdInput';
import { useRequestId } from '../../common/useRequestId';
import { MemberInputs, memberCreateTransform } from './MemberInputs';

/** Standalone page (`/members/create?source={"householdId":1}`); the household file adds members in a dialog. */
export const MemberCreate = () => {
  const requestId = useRequestId('members');
  return (
    <Create transform={memberCreateTransform} redirect={backToHouseholdTab('members')}>
      <SimpleForm sx={{ maxWidth: 720 }} defaultValues={{ requestId }}>
        <HouseholdInput />
        <MemberInputs />
      </SimpleForm>
    </Create>
  );
};
