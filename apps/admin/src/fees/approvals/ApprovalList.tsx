import { DataTable, List, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../common/fields';
import { MoneyField } from '../fields';
import { ApprovalActions } from './ApprovalActions';
import { ApprovalPersonField, ApprovalStatusField, ApprovalSubjectField } from './ApprovalFields';
import { approvalExporter } from './exportColumns';

const STATUSES = ['PENDING', 'APPROVED', 'REJECTED'].map((id) => ({ id, name: `estate.approvals.status.${id}` }));
const KINDS = ['PAYMENT_REVERSAL', 'WAIVER', 'BANK_DEBIT_IMPORT'].map((id) => ({ id, name: `estate.approvals.kind.${id}` }));

const filters = [
  <SelectInput key="status" source="status" choices={STATUSES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={KINDS} alwaysOn />,
];

/**
 * Money that needs two people: reversals of payments, waivers and bank-debit files waiting for a second person,
 * waiting ones first. Those who may decide approve or reject each (never their own, nor one of their own role).
 */
export const ApprovalList = () => (
  <List filters={filters} filterDefaultValues={{ status: 'PENDING' }} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false} exporter={approvalExporter}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="kind" label="resources.approvals.fields.kind" disableSort>
        <ApprovalSubjectField />
      </DataTable.Col>
      <DataTable.Col source="amount" align="right">
        <MoneyField source="amount" strong />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort>
        <TextField source="reason" emptyText="estate.common.none" sx={{ whiteSpace: 'pre-wrap' }} />
      </DataTable.Col>
      <DataTable.Col source="requestedBy" disableSort>
        <ApprovalPersonField source="requestedBy" />
      </DataTable.Col>
      <DataTable.Col source="requestedAt">
        <DateTimeField source="requestedAt" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <ApprovalStatusField />
      </DataTable.Col>
      <DataTable.Col source="decidedBy" disableSort>
        <ApprovalPersonField source="decidedBy" />
      </DataTable.Col>
      <DataTable.Col source="decisionNote" disableSort>
        <TextField source="decisionNote" emptyText="estate.common.none" />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <ApprovalActions />
      </DataTable.Col>
    </DataTable>
  </List>
);
