import UndoIcon from '@mui/icons-material/Undo';
import { Alert, AlertTitle, Chip } from '@mui/material';
import { useCallback, useState } from 'react';
import { Button, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useLocalized } from '../../common/localized';
import { OverrideDialog } from '../../work/cases/overrides/OverrideDialog';
import { requestReversal } from '../approvals/api';
import { PendingApprovalNote } from '../approvals/PendingApprovalNote';
import type { Payment } from '../types';

/** "Reverse": asks for the payment's reversal with a reason; it waits for a person of another role. */
export const ReverseButton = () => {
  const payment = useRecordContext<Payment>();
  const translate = useTranslate();
  const { formatMoney } = useLocalized();
  const { canAccess } = useCanAccess({ resource: 'payments', action: 'reverse' });
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const submit = useCallback((values: { reason: string }) => requestReversal(payment!.id, values.reason), [payment]);
  if (!payment || payment.reversedAt || !canAccess) return null;
  return (
    <>
      <Button label="estate.payments.reverse" color="error" onClick={() => setOpen(true)}>
        <UndoIcon />
      </Button>
      {open && (
        <OverrideDialog<{ reason: string }>
          open
          onClose={close}
          title="estate.payments.reverse_title"
          description={translate('estate.payments.reverse_help', { receipt: payment.receiptNumber, amount: formatMoney(payment.amount) })}
          submit={submit}
          successMessage="estate.approvals.waiting"
          reasonLabel="estate.payments.reverse_reason"
          reasonHint="estate.payments.reverse_hint"
          reasonMaxLength={500}
          confirmLabel="estate.payments.reverse"
        />
      )}
    </>
  );
};

/** A reversed payment says so at the top of its page: when, why, who asked and who approved; a waiting reversal too. */
export const ReversalNote = () => {
  const payment = useRecordContext<Payment>();
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  if (!payment) return null;
  const { reversal } = payment;
  if (!payment.reversedAt || !reversal) {
    return <PendingApprovalNote kind="PAYMENT_REVERSAL" householdId={payment.householdId} matches={(a) => a.params.paymentId === payment.id} />;
  }
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      <AlertTitle>{translate('estate.payments.reversed_banner', { date: formatDateTime(payment.reversedAt), reason: reversal.reason })}</AlertTitle>
      {translate('estate.payments.reversed_people', { requestedBy: reversal.requestedBy.displayName, approvedBy: reversal.approvedBy?.displayName ?? '' })}
    </Alert>
  );
};

/** "Reversed" beside a reversed payment's receipt number in lists. */
export const ReversedChip = () => {
  const payment = useRecordContext<Payment>();
  const translate = useTranslate();
  if (!payment?.reversedAt) return null;
  return <Chip size="small" color="warning" variant="outlined" label={translate('estate.payments.reversed')} sx={{ ml: 1 }} />;
};
