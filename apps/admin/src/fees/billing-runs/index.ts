import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import type { ResourceProps } from 'react-admin';
import { BillingRunList } from './BillingRunList';

/** The billing runs and their schedule (FEE-1): started by the schedule or by hand, never edited. */
const billingRuns: Omit<ResourceProps, 'name'> = {
  list: BillingRunList,
  icon: EventRepeatIcon,
  recordRepresentation: 'period',
};

export default billingRuns;
