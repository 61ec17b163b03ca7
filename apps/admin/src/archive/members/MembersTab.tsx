import { DataTable } from 'react-admin';
import { SubRecordsTab } from '../../common/SubRecordsTab';
import { MemberInputs, memberCreateTransform, memberEditTransform } from './MemberInputs';

/** The household's members (ARC-1). */
export const MembersTab = () => (
  <SubRecordsTab
    reference="members"
    addLabel="estate.members.add"
    editTitle="estate.members.edit"
    emptyMessage="estate.members.empty"
    inputs={<MemberInputs />}
    createTransform={memberCreateTransform}
    editTransform={memberEditTransform}
  >
    <DataTable.Col source="name" />
    <DataTable.Col source="relation" disableSort />
    <DataTable.Col source="phone" disableSort />
    <DataTable.Col source="idNumber" disableSort />
  </SubRecordsTab>
);
