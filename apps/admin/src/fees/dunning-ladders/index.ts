import MoneyOffIcon from '@mui/icons-material/MoneyOff';
import type { ResourceProps } from 'react-admin';
import { LadderList } from './LadderList';
import { LadderShow } from './LadderShow';

/**
 * The dunning ladders (FEE-3..6), the overdue list: opened by the daily sweep, moved by their
 * process, their tasks and the actions on the ladder's page; never edited directly.
 */
const dunningLadders: Omit<ResourceProps, 'name'> = {
  list: LadderList,
  show: LadderShow,
  icon: MoneyOffIcon,
  options: { label: 'estate.ladders.title' },
  recordRepresentation: (record) => record.household?.name ?? `#${record.id}`,
};

export default dunningLadders;
