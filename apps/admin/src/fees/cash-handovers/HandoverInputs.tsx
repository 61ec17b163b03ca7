import { Alert, Box, CircularProgress, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { DateInput, maxLength, required, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useLocalized } from '../../common/localized';
import { FormRow } from '../../common/Section';
import { householdText, Money } from '../fields';
import { CollectorInput, MoneyInput } from '../inputs';
import { usePendingCash } from '../queries';
import type { PendingCash } from '../endpoints';
import { Difference } from './DifferenceField';

/** What POST /cash-handovers accepts. */
export const handoverTransform = (data: Record<string, unknown>) => {
  const note = typeof data.note === 'string' ? data.note.trim() : '';
  return {
    collectorId: Number(data.collectorId),
    date: data.date,
    countedAmount: Number(data.countedAmount),
    ...(note ? { note } : {}),
  };
};

const PendingPayments = ({ pending }: { pending: PendingCash }) => {
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.payments.fields.receiptNumber')}</TableCell>
          <TableCell>{translate('resources.payments.fields.household')}</TableCell>
          <TableCell>{translate('resources.payments.fields.receivedAt')}</TableCell>
          <TableCell align="right">{translate('resources.payments.fields.amount')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {pending.payments.map((payment) => (
          <TableRow key={payment.id}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{payment.receiptNumber}</TableCell>
            <TableCell>{householdText(payment.household)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(payment.receivedAt)}</TableCell>
            <TableCell align="right">
              <Money value={payment.amount} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The collector's cash of the day not handed over yet (the receipts and their total), and the
 * difference with what the clerk counts, as it is typed.
 */
const PendingCashPanel = () => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  const [collectorId, date, counted] = useWatch({ name: ['collectorId', 'date', 'countedAmount'] });
  const { data: pending, isPending, error } = usePendingCash(collectorId, date);
  if (!collectorId || !date) return null;
  if (isPending) return <CircularProgress size={24} sx={{ mb: 2 }} />;
  if (error || !pending) return <Alert severity="error" sx={{ mb: 2 }}>{translate('estate.handovers.pending_failed')}</Alert>;
  if (pending.receipts === 0) {
    const key = pending.handovers > 0 ? 'estate.handovers.all_handed_over' : 'estate.handovers.nothing_pending';
    return <Alert severity="info" sx={{ mb: 2 }}>{translate(key)}</Alert>;
  }
  const typed = counted != null && counted !== '';
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, mb: 1 }}>
        <Typography variant="body2">
          {translate('estate.handovers.receipts', { smart_count: pending.receipts })}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate('estate.handovers.expected', { amount: formatMoney(pending.expectedAmount) })}
        </Typography>
        <Box component="span" data-testid="handover-difference">
          {typed ? <Difference value={(Math.round(Number(counted) * 100) - Math.round(pending.expectedAmount * 100)) / 100} /> : null}
        </Box>
      </Box>
      <PendingPayments pending={pending} />
    </Paper>
  );
};

/** Counted − expected in cents, once both are known. */
const useDifference = (): number | undefined => {
  const [collectorId, date, counted] = useWatch({ name: ['collectorId', 'date', 'countedAmount'] });
  const { data: pending } = usePendingCash(collectorId, date);
  if (!pending?.receipts || counted == null || counted === '' || Number.isNaN(Number(counted))) return undefined;
  return Math.round(Number(counted) * 100) - Math.round(pending.expectedAmount * 100);
};

/**
 * FEE-7: a count short of the receipts, or over them, is explained before it is recorded (the API refuses it
 * without a note too): the note becomes required and says what it is for.
 */
const ExplanationInput = () => {
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  const difference = useDifference();
  const differs = difference !== undefined && difference !== 0;
  const args = differs ? { amount: formatMoney(Math.abs(difference) / 100) } : {};
  const key = !differs ? undefined : difference < 0 ? 'estate.handovers.explain_short' : 'estate.handovers.explain_over';
  const explained = (value: unknown) => (differs && !String(value ?? '').trim() ? { message: key!, args } : undefined);
  return (
    <TextInput
      source="note"
      label={differs ? 'estate.handovers.explanation' : undefined}
      multiline
      minRows={2}
      validate={[explained, maxLength(500)]}
      isRequired={differs}
      helperText={differs ? translate(key!, args) : 'estate.handovers.note_hint'}
      fullWidth
    />
  );
};

/** FEE-7: the clerk receives a collector's cash of a day and counts it. */
export const HandoverInputs = () => (
  <>
    <FormRow>
      <CollectorInput isRequired />
      <DateInput source="date" validate={required()} />
    </FormRow>
    <PendingCashPanel />
    <FormRow>
      <MoneyInput source="countedAmount" isRequired allowZero helperText="estate.handovers.counted_hint" />
    </FormRow>
    <ExplanationInput />
  </>
);
