import EventIcon from '@mui/icons-material/Event';
import type { ResourceProps } from 'react-admin';
import { CalendarDayCreate } from './CalendarDayCreate';
import { CalendarDayList } from './CalendarDayList';

/** Managers only: holidays and adjusted working days, added or removed (never edited). */
const calendarDays: Omit<ResourceProps, 'name'> = {
  list: CalendarDayList,
  create: CalendarDayCreate,
  icon: EventIcon,
  recordRepresentation: 'date',
};

export default calendarDays;
