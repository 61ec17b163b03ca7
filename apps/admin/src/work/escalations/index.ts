import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import type { ResourceProps } from 'react-admin';
import { EscalationList } from './EscalationList';

/** Managers only (authProvider.canAccess hides it from the menu of everyone else); rows are cases. */
const escalations: Omit<ResourceProps, 'name'> = {
  list: EscalationList,
  icon: NotificationImportantIcon,
  options: { label: 'estate.escalations.title' },
};

export default escalations;
