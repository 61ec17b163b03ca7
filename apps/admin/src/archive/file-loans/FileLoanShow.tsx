import { Labeled, Link, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { DateTimeField, EnumField } from '../../common/fields';
import { ReturnLoanButton } from './ReturnLoanButton';
import { LOAN_STATUS_COLORS, overdueRowSx, type FileLoan } from './types';

const Actions = () => (
  <TopToolbar>
    <ReturnLoanButton />
  </TopToolbar>
);

const HouseholdLink = () => {
  const loan = useRecordContext<FileLoan>();
  if (!loan) return null;
  return <Link to={`/households/${loan.householdId}/show/loans`}>{loan.household?.name ?? `#${loan.householdId}`}</Link>;
};

const Layout = () => {
  const loan = useRecordContext<FileLoan>();
  return (
    <SimpleShowLayout sx={loan ? overdueRowSx(loan) : undefined}>
      <Labeled source="household.name">
        <HouseholdLink />
      </Labeled>
      <TextField source="borrower" />
      <TextField source="purpose" />
      <EnumField source="status" enumName="loanStatus" colors={LOAN_STATUS_COLORS} />
      <TextField source="lentBy.displayName" />
      <DateTimeField source="lentAt" />
      <DateTimeField source="dueAt" />
      <DateTimeField source="overdueAt" />
      <DateTimeField source="returnedAt" />
      <TextField source="receivedBy.displayName" emptyText="estate.common.none" />
    </SimpleShowLayout>
  );
};

/** One entry of the register; append-only, so no edit and no delete. */
export const FileLoanShow = () => (
  <Show actions={<Actions />}>
    <Layout />
  </Show>
);
