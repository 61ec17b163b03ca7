import PaymentsIcon from '@mui/icons-material/Payments';
import type { ResourceProps } from 'react-admin';
import { PaymentCreate } from './PaymentCreate';
import { PaymentList } from './PaymentList';
import { PaymentShow } from './PaymentShow';

/** Payments and their receipts (FEE-2): taken at the counter, at home or by bank debit; never edited. */
const payments: Omit<ResourceProps, 'name'> = {
  list: PaymentList,
  show: PaymentShow,
  create: PaymentCreate,
  icon: PaymentsIcon,
  recordRepresentation: 'receiptNumber',
};

export default payments;
