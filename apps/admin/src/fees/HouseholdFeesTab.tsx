import { Alert, Box, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useState } from 'react';
import {
  ArrayField,
  DataTable,
  Link,
  RecordContextProvider,
  TextField,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { billColumns } from './bills/BillFields';
import { DayField, EnumField } from '../common/fields';
import { useLocalized } from '../common/localized';
import { Section } from '../common/Section';
import { EmptyLine } from '../common/SubRecordsTab';
import { paymentColumns } from './payments/PaymentFields';
import { RecordPaymentButton } from './payments/RecordPaymentButton';
import { MoneyField, overdueRowSx } from './fields';
import { HomeCollectionButton } from './HomeCollectionButton';
import { LedgerFigures } from './LedgerFigures';
import { useLedger } from './queries';
import type { Ledger } from './endpoints';

/** The overdue bills by days past due. */
const Aging = ({ aging }: { aging: Ledger['aging'] }) => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  if (!aging?.some((line) => Number(line.amount) > 0)) return null;
  return (
    <Section title="estate.fees.aging">
      <Table size="small" sx={{ maxWidth: 560 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('estate.fees.days_overdue')}</TableCell>
            <TableCell align="right">{translate('estate.fees.bills_count')}</TableCell>
            <TableCell align="right">{translate('estate.fees.amount')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {aging.map((line) => (
            <TableRow key={line.bucket}>
              <TableCell>
                <RecordContextProvider value={line}>
                  <EnumField source="bucket" enumName="agingBucket" />
                </RecordContextProvider>
              </TableCell>
              <TableCell align="right">{line.bills}</TableCell>
              <TableCell align="right" sx={{ color: Number(line.amount) > 0 ? 'error.main' : undefined }}>
                {formatMoney(line.amount)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

/** The household's bills, payments and failed bank debits (the ledger is the record here). */
const LedgerTables = () => (
  <>
    <Section title="estate.fees.bills">
      <ArrayField source="bills">
        <DataTable
          resource="bills"
          bulkActionButtons={false}
          rowClick={(id) => `/bills/${id}/show`}
          rowSx={overdueRowSx}
          empty={<EmptyLine message="estate.fees.no_bills" />}
        >
          {billColumns({ household: false })}
        </DataTable>
      </ArrayField>
    </Section>
    <Section title="estate.fees.payments">
      <ArrayField source="payments">
        <DataTable
          resource="payments"
          bulkActionButtons={false}
          rowClick={(id) => `/payments/${id}/show`}
          empty={<EmptyLine message="estate.fees.no_payments" />}
        >
          {paymentColumns({ household: false })}
        </DataTable>
      </ArrayField>
    </Section>
    <DebitFailures />
  </>
);

/** FEE-2: failed bank debits with the bank's reason. */
const DebitFailures = () => {
  const ledger = useRecordContext<Ledger & RaRecord>();
  if (!ledger?.debitFailures?.length) return null;
  return (
    <Section title="estate.fees.debit_failures">
      <ArrayField source="debitFailures">
        <DataTable resource="bank-debit-results" bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="debitedAt">
            <DayField source="debitedAt" />
          </DataTable.Col>
          <DataTable.Col source="bankRef" />
          <DataTable.Col source="amount" align="right">
            <MoneyField source="amount" />
          </DataTable.Col>
          <DataTable.Col source="reason" disableSort>
            <TextField source="reason" color="error" emptyText="estate.common.none" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </Section>
  );
};

/** "Home collection booked for …: case #12", after booking. */
const Booked = ({ caseRecord }: { caseRecord: RaRecord }) => {
  const translate = useTranslate();
  return (
    <Alert severity="success" sx={{ mb: 2 }}>
      {translate('estate.home_collection.booked_case')} <Link to={`/cases/${caseRecord.id}/show`}>#{caseRecord.id}</Link>
    </Alert>
  );
};

/**
 * The household file's Fees tab: its account (billed, paid, outstanding, credit, overdue by age),
 * its dunning ladder, its bills and payments, and the counter's two actions: record a payment,
 * book a home collection.
 */
export const HouseholdFeesTab = () => {
  const household = useRecordContext();
  const translate = useTranslate();
  const [booked, setBooked] = useState<RaRecord | null>(null);
  const { data: ledger, isPending, error } = useLedger(household?.id);
  if (!household) return null;
  return (
    <>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <RecordPaymentButton householdId={household.id} />
        <HomeCollectionButton onBooked={setBooked} />
      </Box>
      {booked && <Booked caseRecord={booked} />}
      {isPending && <CircularProgress size={24} />}
      {error != null && <Alert severity="error">{translate('estate.fees.ledger_failed')}</Alert>}
      {ledger && (
        <RecordContextProvider value={{ ...ledger, id: ledger.householdId }}>
          <LedgerFigures ledger={ledger} />
          <Aging aging={ledger.aging} />
          <LedgerTables />
        </RecordContextProvider>
      )}
    </>
  );
};
