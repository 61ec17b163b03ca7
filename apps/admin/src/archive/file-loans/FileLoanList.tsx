import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  Link,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  type RaRecord,
} from 'react-admin';
import { choices } from '../../common/enums';
import { loanColumns } from './LoanColumns';
import { loanTableSx, overdueRowSx, type FileLoan } from './types';
import { fileLoanExporter } from './exportColumns';

const filters = [
  <SelectInput key="status" source="status" choices={choices('loanStatus')} alwaysOn />,
  <ReferenceInput key="householdId" source="householdId" reference="households" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

const HouseholdLink = (record: RaRecord) => {
  const loan = record as FileLoan;
  return (
    <Link to={`/households/${loan.householdId}/show/loans`} onClick={(event: React.MouseEvent) => event.stopPropagation()}>
      {loan.household?.name ?? `#${loan.householdId}`}
    </Link>
  );
};

/** The whole file lending register (ARC-3): who has which household file, overdue ones in red. */
export const FileLoanList = () => (
  <List filters={filters} sort={{ field: 'lentAt', order: 'DESC' }} perPage={25} actions={<Actions />} exporter={fileLoanExporter}>
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueRowSx} sx={loanTableSx}>
      <DataTable.Col source="id" />
      <DataTable.Col source="household.name" disableSort render={HouseholdLink} />
      {loanColumns}
    </DataTable>
  </List>
);
