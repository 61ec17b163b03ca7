import InboxIcon from '@mui/icons-material/Inbox';
import type { ResourceProps } from 'react-admin';
import { currentTitle } from '../../common/localized';
import { TaskList } from './TaskList';
import { TaskShow } from './TaskShow';

/** The inbox: tasks are opened by processes and changed only by claim, release and complete. */
const tasks: Omit<ResourceProps, 'name'> = {
  list: TaskList,
  show: TaskShow,
  icon: InboxIcon,
  options: { label: 'estate.inbox.title' },
  recordRepresentation: currentTitle,
};

export default tasks;
