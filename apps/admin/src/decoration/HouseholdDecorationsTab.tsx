import { ReferenceManyField } from 'react-admin';
import { EmptyLine } from '../common/SubRecordsTab';
import { DecorationTable } from './applications/DecorationList';

/** DEC-7: the household file's decorations (their permits, documents and cases), newest first. */
export const HouseholdDecorationsTab = () => (
  <ReferenceManyField reference="decorations" target="householdId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={100} empty={<EmptyLine message="estate.decoration.household_empty" />}>
    <DecorationTable unit={false} empty={<EmptyLine message="estate.decoration.household_empty" />} />
  </ReferenceManyField>
);
