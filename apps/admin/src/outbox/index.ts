import type { Area } from '../layout/area';
import messages from './messages';

/** The outbox: the messages and letters the processes send. */
export const outboxArea: Area = {
  name: 'outbox',
  resources: [{ name: 'messages', ...messages }],
  menu: [{ order: 60, entries: [{ list: 'messages' }] }],
};
