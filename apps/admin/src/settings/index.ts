import type { Area } from '../layout/area';
import calendarDays from './calendar-days';
import policies from './policies';
import staff from './staff';

/** The managers' policies and business calendar, and the staff accounts (administrators). */
export const settingsArea: Area = {
  name: 'settings',
  resources: [
    { name: 'policies', ...policies },
    { name: 'calendar-days', ...calendarDays },
    { name: 'staff', ...staff },
  ],
  menu: [{ order: 80, entries: [{ list: 'policies' }, { list: 'calendar-days' }, { list: 'staff' }] }],
};
