import { Edit, Labeled, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdReference } from '../../common/HouseholdInput';
import { MemberInputs, memberEditTransform } from './MemberInputs';

export const MemberEdit = () => (
  <Edit mutationMode="pessimistic" transform={memberEditTransform} redirect={backToHouseholdTab('members')}>
    <SimpleForm sx={{ maxWidth: 720 }}>
      <Labeled source="householdId">
        <HouseholdReference />
      </Labeled>
      <MemberInputs />
    </SimpleForm>
  </Edit>
);
