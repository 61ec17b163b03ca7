import { ReferenceManyField } from 'react-admin';
import { EmptyLine } from '../common/SubRecordsTab';
import { RepairTable } from './RepairList';

/** The household file's repairs (ARC-1: every case ever opened), free and paid, newest first. */
export const HouseholdRepairsTab = () => (
  <ReferenceManyField reference="repairs" target="householdId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={100} empty={<EmptyLine message="estate.repairs.household_empty" />}>
    <RepairTable where={false} empty={<EmptyLine message="estate.repairs.household_empty" />} />
  </ReferenceManyField>
);
