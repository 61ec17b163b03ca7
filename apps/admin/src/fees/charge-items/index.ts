import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ResourceProps } from 'react-admin';
import { currentName } from '../../common/localized';
import { ChargeItemCreate } from './ChargeItemCreate';
import { ChargeItemEdit } from './ChargeItemEdit';
import { ChargeItemList } from './ChargeItemList';

/** Charge items (FEE-1, FEE-8): no delete, an item no longer charged is made inactive. */
const chargeItems: Omit<ResourceProps, 'name'> = {
  list: ChargeItemList,
  create: ChargeItemCreate,
  edit: ChargeItemEdit,
  icon: ReceiptLongIcon,
  recordRepresentation: (record) => currentName(record),
};

export default chargeItems;
