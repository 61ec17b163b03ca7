import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import type { ResourceProps } from 'react-admin';
import { BillList } from './BillList';
import { BillShow } from './BillShow';

/** Bills are issued by the billing runs and settled by payments: read-only. */
const bills: Omit<ResourceProps, 'name'> = {
  list: BillList,
  show: BillShow,
  icon: RequestQuoteIcon,
  recordRepresentation: 'number',
};

export default bills;
