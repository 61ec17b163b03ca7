import { Box, Typography } from '@mui/material';
import { Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import type { Payment } from '../types';
import { PaymentDetails, ReceiptPdfButton } from './PaymentFields';
import { ReversalNote, ReverseButton } from './Reversal';

const Actions = () => (
  <TopToolbar>
    <ReverseButton />
    <ReceiptPdfButton variant="contained" />
  </TopToolbar>
);

const Heading = () => {
  const payment = useRecordContext<Payment>();
  const translate = useTranslate();
  if (!payment) return null;
  return (
    <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
      {translate('estate.payments.heading', { receipt: payment.receiptNumber })}
    </Typography>
  );
};

/** One payment, its receipt and the bills it paid. A payment is never edited: a wrong one is reversed (with a second person's approval). */
export const PaymentShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <Heading />
      <ReversalNote />
      <PaymentDetails />
    </Box>
  </Show>
);
