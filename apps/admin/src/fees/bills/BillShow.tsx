import { Box, Typography } from '@mui/material';
import { ArrayField, DataTable, Labeled, Link, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, DayField } from '../../common/fields';
import { FieldGrid, Section } from '../../common/Section';
import { EmptyLine } from '../../common/SubRecordsTab';
import { FeeHouseholdField, MoneyField, OverdueChip, PeriodField } from '../fields';
import type { Bill } from '../types';
import { RecordPaymentButton } from '../payments/RecordPaymentButton';
import { BillLineColumns, BillStatusField, NoticeField } from './BillFields';

const Actions = () => {
  const bill = useRecordContext<Bill>();
  return <TopToolbar>{bill?.status === 'OPEN' && <RecordPaymentButton householdId={bill.householdId} />}</TopToolbar>;
};

const Heading = () => {
  const bill = useRecordContext<Bill>();
  const translate = useTranslate();
  if (!bill) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
      <Typography variant="h5" component="h1">
        {translate('estate.bills.heading', { number: bill.number })}
      </Typography>
      <BillStatusField />
      <OverdueChip />
    </Box>
  );
};

/** A receipt number linking to its payment. */
const ReceiptLink = () => {
  const allocation = useRecordContext<{ paymentId: number; receiptNumber: string }>();
  if (!allocation) return null;
  return <Link to={`/payments/${allocation.paymentId}/show`}>{allocation.receiptNumber}</Link>;
};

/**
 * One bill: whose and for which period, its lines (each with the rate it was billed at, and the
 * custody ratio of FEE-8), what paid it, and how its notice went out.
 */
export const BillShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <Heading />
      <FieldGrid>
        <Labeled source="householdId" label="resources.bills.fields.household">
          <FeeHouseholdField />
        </Labeled>
        <Labeled source="period">
          <PeriodField />
        </Labeled>
        <Labeled source="issuedAt">
          <DateTimeField source="issuedAt" />
        </Labeled>
        <Labeled source="dueDate">
          <DayField source="dueDate" />
        </Labeled>
        <Labeled source="amount">
          <MoneyField source="amount" strong />
        </Labeled>
        <Labeled source="paid">
          <MoneyField source="paid" />
        </Labeled>
        <Labeled source="waived">
          <MoneyField source="waived" />
        </Labeled>
        <Labeled source="outstanding">
          <MoneyField source="outstanding" tone="debt" />
        </Labeled>
        <Labeled source="notice">
          <NoticeField />
        </Labeled>
      </FieldGrid>
      <Section title="resources.bills.fields.lines">
        <ArrayField source="lines">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyLine message="estate.bills.no_lines" />}>
            {BillLineColumns}
          </DataTable>
        </ArrayField>
      </Section>
      <Section title="resources.bills.fields.allocations">
        <ArrayField source="allocations">
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyLine message="estate.bills.no_payments" />}>
            <DataTable.Col source="receiptNumber" label="resources.payments.fields.receiptNumber" disableSort>
              <ReceiptLink />
            </DataTable.Col>
            <DataTable.Col source="receivedAt" label="resources.payments.fields.receivedAt" disableSort>
              <DateTimeField source="receivedAt" />
            </DataTable.Col>
            <DataTable.Col source="amount" label="estate.bills.allocated" align="right" disableSort>
              <MoneyField source="amount" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
      </Section>
    </Box>
  </Show>
);
