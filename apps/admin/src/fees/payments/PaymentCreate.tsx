import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  BooleanInput,
  Button,
  Form,
  type Identifier,
  Link,
  maxLength,
  RadioButtonGroupInput,
  RecordContextProvider,
  required,
  SaveButton,
  TextInput,
  Title,
  useDataProvider,
  useGetOne,
  useRecordFromLocation,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { enumLabel } from '../../common/enums';
import { HouseholdLookup } from '../../common/HouseholdInput';
import { FormHeading, FormRow, Section } from '../../common/Section';
import { useFormAction } from '../../common/useFormAction';
import type { EstateDataProvider } from '../../dataProvider';
import { MoneyInput } from '../inputs';
import type { Payment, PaymentBody } from '../types';
import { toCents } from './allocation';
import { OpenBillsPanel } from './OpenBillsPanel';
import { PaymentDetails, ReceiptPdfButton } from './PaymentFields';
import { newRequestId } from '../../common/requestId';

/** Methods taken at the counter (bank debits come from the bank's files). */
const COUNTER_METHODS = (['CASH', 'CARD', 'TRANSFER'] as const).map((id) => ({ id, name: enumLabel('paymentMethod', id) }));

interface PaymentValues {
  householdId: Identifier;
  amount: number;
  method: PaymentBody['method'];
  reference?: string | null;
  note?: string | null;
  manual?: boolean;
  allocate?: Record<string, unknown>;
}

const typedAllocations = (values: Pick<PaymentValues, 'allocate'>) =>
  Object.entries(values.allocate ?? {})
    .map(([key, amount]) => ({ billId: Number(key.replace(/^b/, '')), amount: Number(amount) }))
    .filter((allocation) => allocation.amount > 0);

const toBody = (values: PaymentValues, requestId: string): PaymentBody => {
  const reference = values.reference?.trim();
  const note = values.note?.trim();
  return {
    householdId: Number(values.householdId),
    amount: Number(values.amount),
    method: values.method,
    requestId,
    ...(reference ? { reference } : {}),
    ...(note ? { note } : {}),
    ...(values.manual ? { allocations: typedAllocations(values) } : {}),
  };
};

/** By hand, the bills' amounts add up to at most the amount paid (checked with the amount)… */
const withinAmount = (amount: unknown, values: Record<string, unknown>) =>
  values.manual && allocatedCents(values) > toCents(amount) ? 'estate.payments.allocated_over_amount' : undefined;

/** …and to something (checked with the switch). */
const allocatesSomething = (manual: unknown, values: Record<string, unknown>) =>
  manual && allocatedCents(values) === 0 ? 'estate.payments.allocate_something' : undefined;

const allocatedCents = (values: Record<string, unknown>) =>
  typedAllocations(values as Pick<PaymentValues, 'allocate'>).reduce((sum, a) => sum + toCents(a.amount), 0);

/** Another household, other bills: the amounts typed for the previous one's bills are dropped. */
const ClearAllocationsOnHouseholdChange = () => {
  const householdId = useWatch({ name: 'householdId' });
  const { setValue } = useFormContext();
  const previous = useRef(householdId);
  useEffect(() => {
    if (previous.current !== householdId) setValue('allocate', {});
    previous.current = householdId;
  }, [householdId, setValue]);
  return null;
};

/** The payment's own inputs: amount, method, reference, note, and the allocation switch. */
const PaymentInputs = () => (
  <Box>
    <FormHeading title="estate.payments.sections.payment" />
    <FormRow>
      <MoneyInput source="amount" isRequired validate={[withinAmount]} helperText="estate.payments.amount_hint" />
      <TextInput source="reference" validate={maxLength(100)} helperText="estate.payments.reference_hint" />
    </FormRow>
    <RadioButtonGroupInput source="method" choices={COUNTER_METHODS} validate={required()} />
    <TextInput source="note" multiline minRows={2} validate={maxLength(500)} fullWidth sx={{ maxWidth: 960 }} />
    <BooleanInput source="manual" label="estate.payments.manual" helperText="estate.payments.manual_hint" validate={allocatesSomething} />
  </Box>
);

const CounterToolbar = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 2 }}>
      <SaveButton label="estate.payments.save" icon={<PointOfSaleIcon />} alwaysEnable />
      <Typography variant="caption" color="text.secondary">
        {translate('estate.payments.save_hint')}
      </Typography>
    </Box>
  );
};

/** Maps the API's `allocations.N.amount` (or `allocations[N]`) to the input of that bill. */
const allocationRenamer = (sent: { billId: number }[]) => (field: string) => {
  const match = /^allocations(?:\.|\[)(\d+)\]?/.exec(field);
  if (match && sent[Number(match[1])]) return `allocate.b${sent[Number(match[1])].billId}`;
  return field === 'allocations' ? 'manual' : field;
};

const CounterPaymentForm = ({ householdId, onPaid }: { householdId: Identifier | null; onPaid: (payment: Payment) => void }) => {
  const api = useDataProvider<EstateDataProvider>();
  const requestId = useMemo(() => newRequestId('counter'), []);
  const sent = useRef<{ billId: number }[]>([]);
  const paid = useRef<Payment | null>(null);
  const defaults = useMemo(() => ({ method: 'CASH', manual: false, allocate: {}, householdId }), [householdId]);
  const pay = useCallback(
    async (values: PaymentValues) => {
      const body = toBody(values, requestId);
      sent.current = body.allocations ?? [];
      const { data } = await api.create('payments', { data: body });
      paid.current = data as Payment;
    },
    [api, requestId],
  );
  const renameField = useMemo(() => (field: string) => allocationRenamer(sent.current)(field), []);
  const onSuccess = useCallback(() => paid.current && onPaid(paid.current), [onPaid]);
  const onSubmit = useFormAction(pay, { successMessage: 'estate.payments.recorded', onSuccess, renameField });
  return (
    <Form defaultValues={defaults} onSubmit={onSubmit}>
      <ClearAllocationsOnHouseholdChange />
      <FormHeading title="estate.payments.sections.household" />
      <HouseholdLookup helperText="estate.payments.household_hint" validate={required()} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(360px, 2fr) 3fr' },
          gap: 3,
          alignItems: 'start',
        }}
      >
        <PaymentInputs />
        <OpenBillsPanel />
      </Box>
      <CounterToolbar />
    </Form>
  );
};

/** After saving: the receipt number, the receipt to print, and the next payment. */
const PaymentDone = ({ payment, onNext }: { payment: Payment; onNext: () => void }) => {
  const translate = useTranslate();
  // The answer of POST has no allocations: the payment is read again for them.
  const { data } = useGetOne<Payment>('payments', { id: payment.id });
  const record = data ?? payment;
  return (
    <RecordContextProvider value={record}>
      <Alert severity="success" icon={<CheckCircleIcon />} sx={{ mb: 2 }}>
        <Typography variant="h6" component="p">
          {translate('estate.payments.done', { receipt: record.receiptNumber })}
        </Typography>
      </Alert>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 3 }}>
        <ReceiptPdfButton variant="contained" />
        <Button label="estate.payments.next" variant="outlined" onClick={onNext}>
          <PointOfSaleIcon />
        </Button>
        <Button component={Link} label="estate.payments.open_file" to={`/households/${record.householdId}/show/fees`}>
          <FolderSharedIcon />
        </Button>
      </Box>
      <Section title="estate.payments.sections.receipt">
        <PaymentDetails />
      </Section>
    </RecordContextProvider>
  );
};

/**
 * Taking a payment at the counter (FEE-2), built for the cashier: find the household (unit
 * number, phone or name), see its open bills and what they still owe, type the amount and the
 * method, save. The amount pays the oldest bills first unless allocated by hand; what is left
 * becomes credit. Each filling of the form carries one requestId, so a double click pays once.
 * Afterwards the receipt number shows with the receipt to print, and the next payment starts a
 * new form.
 */
export const PaymentCreate = () => {
  // The household given by the link that opened the page (its file, a bill), for the first payment only.
  const fromLocation = useRecordFromLocation();
  const [done, setDone] = useState<Payment | null>(null);
  const [round, setRound] = useState(0);
  const next = useCallback(() => {
    setDone(null);
    setRound((value) => value + 1);
  }, []);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="estate.payments.record" />
      <CardContent>
        {done ? <PaymentDone payment={done} onNext={next} /> : <CounterPaymentForm
            key={round}
            householdId={round === 0 ? ((fromLocation?.householdId as Identifier | undefined) ?? null) : null}
            onPaid={setDone}
          />}
      </CardContent>
    </Card>
  );
};
