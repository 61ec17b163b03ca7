import OutboxIcon from '@mui/icons-material/Outbox';
import type { ResourceProps } from 'react-admin';
import { MessageList } from './MessageList';
import { MessageShow } from './MessageShow';

/** The outbox: written by the processes; staff retry failures and record letters' posting. */
const messages: Omit<ResourceProps, 'name'> = {
  list: MessageList,
  show: MessageShow,
  icon: OutboxIcon,
  options: { label: 'estate.outbox.title' },
  recordRepresentation: (record) => `#${record.id}`,
};

export default messages;
