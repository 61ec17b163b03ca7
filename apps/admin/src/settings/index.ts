import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import type { Area } from '../layout/area';
import calendarDays from './calendar-days';
import { MyNotices } from './my-notices/MyNotices';
import policies from './policies';
import staff from './staff';

/**
 * The managers' policies and business calendar, the staff accounts (administrators), and each staff member's
 * own notification settings (shown to everyone: every staff member reads the inbox).
 */
export const settingsArea: Area = {
  name: 'settings',
  resources: [
    { name: 'policies', ...policies },
    { name: 'calendar-days', ...calendarDays },
    { name: 'staff', ...staff },
  ],
  routes: [{ path: '/my-notices', component: MyNotices }],
  menu: [
    {
      order: 80,
      entries: [
        { list: 'policies' },
        { list: 'calendar-days' },
        { list: 'staff' },
        { page: '/my-notices', label: 'estate.my_notices.menu', icon: NotificationsActiveIcon, resource: 'tasks' },
      ],
    },
  ],
};
