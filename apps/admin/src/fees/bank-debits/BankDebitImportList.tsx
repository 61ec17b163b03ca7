import { Chip, Typography } from '@mui/material';
import {
  DataTable,
  ExportButton,
  Link,
  List,
  NumberField,
  Pagination,
  ReferenceManyField,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateTimeField, DayField } from '../../common/fields';
import { EmptyLine } from '../../common/SubRecordsTab';
import { FeeHouseholdField, MoneyField, StaffNameField } from '../fields';
import type { DebitImport, DebitResult } from '../types';
import { ImportButton } from './ImportButton';
import { bankDebitImportExporter } from './exportColumns';

const Actions = () => (
  <TopToolbar>
    <ImportButton />
    <ExportButton />
  </TopToolbar>
);

/** The number of failed lines, in red when there are any. */
const FailedCount = () => {
  const record = useRecordContext<DebitImport>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" color={record.failed > 0 ? 'error' : 'text.primary'} sx={{ fontWeight: record.failed > 0 ? 600 : 400 }}>
      {record.failed}
    </Typography>
  );
};

const ResultField = () => {
  const result = useRecordContext<DebitResult>();
  const translate = useTranslate();
  if (!result) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={result.succeeded ? 'success' : 'error'}
      label={translate(result.succeeded ? 'estate.bank_debits.ok' : 'estate.bank_debits.failed')}
    />
  );
};

/** The payment (with its receipt) a debit became. */
const PaymentLink = () => {
  const result = useRecordContext<DebitResult>();
  const translate = useTranslate();
  if (!result?.paymentId) return null;
  return <Link to={`/payments/${result.paymentId}/show`}>{translate('estate.bank_debits.payment')}</Link>;
};

const failedRowSx = (record: RaRecord) =>
  record.succeeded === false ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' } : {};

/** The lines of one imported file: each debit, and the bank's reason for a failed one. */
const ImportResults = () => (
  <ReferenceManyField
    reference="bank-debit-results"
    target="importId"
    sort={{ field: 'id', order: 'ASC' }}
    perPage={100}
    pagination={<Pagination rowsPerPageOptions={[100]} />}
    empty={<EmptyLine message="estate.bank_debits.no_results" />}
  >
    <DataTable bulkActionButtons={false} rowClick={false} rowSx={failedRowSx}>
      <DataTable.Col source="line" disableSort />
      <DataTable.Col source="bankRef" disableSort />
      <DataTable.Col source="householdId" disableSort>
        <FeeHouseholdField />
      </DataTable.Col>
      <DataTable.Col source="debitedAt" disableSort>
        <DayField source="debitedAt" />
      </DataTable.Col>
      <DataTable.Col source="amount" align="right" disableSort>
        <MoneyField source="amount" />
      </DataTable.Col>
      <DataTable.Col source="succeeded" disableSort>
        <ResultField />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort>
        <TextField source="reason" color="error" />
      </DataTable.Col>
      <DataTable.Col source="paymentId" disableSort>
        <PaymentLink />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);

const withFailures = (record: RaRecord) => (Number(record.failed) > 0 ? { boxShadow: 'inset 4px 0 0 #d32f2f' } : {});

/**
 * FEE-2: the bank's auto-debit result files, newest first. A row opens its lines; failed debits
 * are in red with the bank's reason (they also show on the household's Fees tab).
 */
export const BankDebitImportList = () => (
  <List sort={{ field: 'id', order: 'DESC' }} perPage={25} actions={<Actions />} exporter={bankDebitImportExporter} empty={false}>
    <DataTable bulkActionButtons={false} rowClick="expand" expand={<ImportResults />} rowSx={withFailures}>
      <DataTable.Col source="importedAt" disableSort>
        <DateTimeField source="importedAt" />
      </DataTable.Col>
      <DataTable.Col source="fileName" disableSort />
      <DataTable.Col source="lines" align="right" disableSort>
        <NumberField source="lines" />
      </DataTable.Col>
      <DataTable.Col source="succeeded" align="right" disableSort>
        <NumberField source="succeeded" />
      </DataTable.Col>
      <DataTable.Col source="failed" align="right" disableSort>
        <FailedCount />
      </DataTable.Col>
      <DataTable.Col source="amount" align="right" disableSort>
        <MoneyField source="amount" />
      </DataTable.Col>
      <DataTable.Col source="importedBy" disableSort>
        <StaffNameField source="importedBy" />
      </DataTable.Col>
    </DataTable>
  </List>
);
