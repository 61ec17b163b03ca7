import { Chip } from '@mui/material';
import {
  ArrayField,
  DataTable,
  Labeled,
  Link,
  TextField,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField, EnumField } from '../../common/fields';
import { PdfButton } from '../../common/PdfButton';
import { FieldGrid } from '../../common/Section';
import { EmptyLine } from '../../common/SubRecordsTab';
import type { EstateDataProvider } from '../../dataProvider';
import { FeeHouseholdField, MoneyField, PeriodField, StaffNameField } from '../fields';
import type { Payment } from '../types';
import { ReversedChip } from './Reversal';

/** "Print receipt": the bilingual receipt PDF (FEE-2), fetched with the Authorization header. */
export const ReceiptPdfButton = ({ variant }: { variant?: 'text' | 'outlined' | 'contained' }) => {
  const payment = useRecordContext<Payment>();
  const api = useDataProvider<EstateDataProvider>();
  if (!payment) return null;
  return <PdfButton label="estate.payments.receipt_pdf" variant={variant} load={() => api.getPaymentReceipt(payment.id)} />;
};

/** FEE-7: cash stays with its collector until the clerk has counted it. */
export const HandoverField = () => {
  const payment = useRecordContext<Payment>();
  const translate = useTranslate();
  // A payment reversed before it was handed over is no cash to hand over.
  if (!payment || payment.method !== 'CASH' || (payment.reversedAt && payment.handoverId == null)) return null;
  return payment.handoverId != null ? (
    <Chip size="small" color="success" variant="outlined" label={translate('estate.payments.handed_over')} sx={{ alignSelf: 'flex-start' }} />
  ) : (
    <Chip size="small" color="warning" variant="outlined" label={translate('estate.payments.not_handed_over')} sx={{ alignSelf: 'flex-start' }} />
  );
};

/** The columns of a list of payments; `household` adds the household's column. */
export const paymentColumns = ({ household }: { household: boolean }) => [
  <DataTable.Col key="receiptNumber" source="receiptNumber">
    <TextField source="receiptNumber" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
    <ReversedChip />
  </DataTable.Col>,
  <DataTable.Col key="receivedAt" source="receivedAt">
    <DateTimeField source="receivedAt" />
  </DataTable.Col>,
  ...(household
    ? [
        <DataTable.Col key="household" source="householdId" label="resources.payments.fields.household" disableSort>
          <FeeHouseholdField />
        </DataTable.Col>,
      ]
    : []),
  <DataTable.Col key="amount" source="amount" align="right">
    <MoneyField source="amount" strong />
  </DataTable.Col>,
  <DataTable.Col key="method" source="method" disableSort>
    <EnumField source="method" enumName="paymentMethod" />
  </DataTable.Col>,
  <DataTable.Col key="channel" source="channel" disableSort>
    <EnumField source="channel" enumName="paymentChannel" />
  </DataTable.Col>,
  <DataTable.Col key="collector" source="collectorId" disableSort>
    <StaffNameField source="collector" />
  </DataTable.Col>,
  <DataTable.Col key="unallocated" source="unallocated" align="right" disableSort>
    <MoneyField source="unallocated" tone="credit" />
  </DataTable.Col>,
  <DataTable.Col key="handover" source="handoverId" disableSort>
    <HandoverField />
  </DataTable.Col>,
  <DataTable.Col key="receipt" label={false} disableSort>
    <ReceiptPdfButton />
  </DataTable.Col>,
];

/** A bill number linking to its bill. */
const BillLink = () => {
  const allocation = useRecordContext<{ billId: number; billNumber: string }>();
  if (!allocation) return null;
  return <Link to={`/bills/${allocation.billId}/show`}>{allocation.billNumber}</Link>;
};

/** What a payment is: household, amount, method, channel, collector... and the bills it paid. */
export const PaymentDetails = () => {
  const payment = useRecordContext<Payment>();
  if (!payment) return null;
  return (
    <>
      <FieldGrid>
        <Labeled source="householdId" label="resources.payments.fields.household">
          <FeeHouseholdField />
        </Labeled>
        <Labeled source="amount">
          <MoneyField source="amount" strong />
        </Labeled>
        <Labeled source="method">
          <EnumField source="method" enumName="paymentMethod" />
        </Labeled>
        <Labeled source="channel">
          <EnumField source="channel" enumName="paymentChannel" />
        </Labeled>
        <Labeled source="receivedAt">
          <DateTimeField source="receivedAt" />
        </Labeled>
        <Labeled source="collectorId">
          <StaffNameField source="collector" />
        </Labeled>
        <Labeled source="reference">
          <TextField source="reference" emptyText="estate.common.none" />
        </Labeled>
        <Labeled source="unallocated">
          <MoneyField source="unallocated" tone="credit" />
        </Labeled>
        <Labeled source="handoverId">
          <HandoverField />
        </Labeled>
        {payment.caseId != null && (
          <Labeled source="caseId">
            <Link to={`/cases/${payment.caseId}/show`}>#{payment.caseId}</Link>
          </Labeled>
        )}
        <Labeled source="note" sx={{ gridColumn: '1 / -1' }}>
          <TextField source="note" emptyText="estate.common.none" sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
      </FieldGrid>
      <ArrayField source="allocations">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyLine message="estate.payments.no_allocations" />}>
          <DataTable.Col source="billNumber" label="resources.bills.fields.number" disableSort>
            <BillLink />
          </DataTable.Col>
          <DataTable.Col source="period" label="resources.bills.fields.period" disableSort>
            <PeriodField />
          </DataTable.Col>
          <DataTable.Col source="amount" label="estate.bills.allocated" align="right" disableSort>
            <MoneyField source="amount" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </>
  );
};
