import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Button, DataTable, DateInput, ExportButton, Link, List, NumberField, type RaRecord, TextField, TopToolbar } from 'react-admin';
import { DateTimeField, DayField } from '../../common/fields';
import { MoneyField, StaffNameField } from '../fields';
import { CollectorInput } from '../inputs';
import { DifferenceField } from './DifferenceField';
import { RecordHandoverButton } from './RecordHandoverButton';
import { CASH_RECONCILIATION_PATH } from './paths';
import { cashHandoverExporter } from './exportColumns';

const filters = [<DateInput key="date" source="date" alwaysOn />, <CollectorInput key="collectorId" alwaysOn />];

const Actions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <RecordHandoverButton />
    <Button component={Link} to={CASH_RECONCILIATION_PATH} label="estate.reconciliation.title">
      <FactCheckIcon />
    </Button>
    <ExportButton />
  </TopToolbar>
);

const differenceRowSx = (record: RaRecord) =>
  record.difference != null && Math.round(Number(record.difference) * 100) !== 0 ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {};

/** FEE-7: every day's cash handed to the internal clerk, with what was counted against the receipts. */
export const CashHandoverList = () => (
  <List filters={filters} sort={{ field: 'date', order: 'DESC' }} perPage={25} actions={<Actions />} exporter={cashHandoverExporter} empty={false}>
    <DataTable bulkActionButtons={false} rowClick={false} rowSx={differenceRowSx}>
      <DataTable.Col source="date">
        <DayField source="date" />
      </DataTable.Col>
      <DataTable.Col source="collectorId" disableSort>
        <StaffNameField source="collector" />
      </DataTable.Col>
      <DataTable.Col source="receipts" align="right" disableSort>
        <NumberField source="receipts" />
      </DataTable.Col>
      <DataTable.Col source="expectedAmount" align="right" disableSort>
        <MoneyField source="expectedAmount" />
      </DataTable.Col>
      <DataTable.Col source="countedAmount" align="right" disableSort>
        <MoneyField source="countedAmount" />
      </DataTable.Col>
      <DataTable.Col source="difference" disableSort>
        <DifferenceField />
      </DataTable.Col>
      <DataTable.Col source="receivedById" disableSort>
        <StaffNameField source="receivedBy" />
      </DataTable.Col>
      <DataTable.Col source="note" disableSort>
        <TextField source="note" emptyText="estate.common.none" />
      </DataTable.Col>
      <DataTable.Col source="createdAt" disableSort>
        <DateTimeField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
