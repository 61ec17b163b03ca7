import { DataTable, TextField } from 'react-admin';
import { DateTimeField, EnumField } from '../../common/fields';
import { ReturnLoanButton } from './ReturnLoanButton';
import { LOAN_STATUS_COLORS, wrapCellSx } from './types';

/** The columns every loan list shares (after the household column, when there is one). */
export const loanColumns = [
  <DataTable.Col key="borrower" source="borrower" />,
  <DataTable.Col key="purpose" source="purpose" disableSort cellSx={wrapCellSx} />,
  <DataTable.Col key="lentBy" source="lentBy.displayName" disableSort>
    <TextField source="lentBy.displayName" emptyText="estate.common.none" />
  </DataTable.Col>,
  <DataTable.Col key="lentAt" source="lentAt">
    <DateTimeField source="lentAt" />
  </DataTable.Col>,
  <DataTable.Col key="dueAt" source="dueAt">
    <DateTimeField source="dueAt" />
  </DataTable.Col>,
  <DataTable.Col key="status" source="status">
    <EnumField source="status" enumName="loanStatus" colors={LOAN_STATUS_COLORS} />
  </DataTable.Col>,
  <DataTable.Col key="returnedAt" source="returnedAt">
    <DateTimeField source="returnedAt" />
  </DataTable.Col>,
  <DataTable.Col key="receivedBy" source="receivedBy.displayName" disableSort>
    <TextField source="receivedBy.displayName" emptyText="estate.common.none" />
  </DataTable.Col>,
  <DataTable.Col key="actions" label={false} disableSort>
    <ReturnLoanButton />
  </DataTable.Col>,
];
