import PriceCheckIcon from '@mui/icons-material/PriceCheck';
import type { ResourceProps } from 'react-admin';
import { CashHandoverList } from './CashHandoverList';

/** FEE-7: the daily cash handovers to the internal clerk; recorded in a dialog, never edited. */
const cashHandovers: Omit<ResourceProps, 'name'> = {
  list: CashHandoverList,
  icon: PriceCheckIcon,
};

export default cashHandovers;
