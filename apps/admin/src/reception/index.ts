import AddIcCallIcon from '@mui/icons-material/AddIcCall';
import AssignmentIcon from '@mui/icons-material/Assignment';
import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import type { Area } from '../layout/area';
import { ContactFormCreate, ContactFormList, ContactFormShow } from './ContactForms';
import { EntryCreate } from './EntryCreate';
import { EntryList } from './EntryList';
import { EntryShow } from './EntryShow';
import { ComplaintFromEntry, RepairFromEntry } from './FromEntry';
import { COMPLAINT_FROM_ENTRY_PATH, REPAIR_FROM_ENTRY_PATH } from './paths';

/**
 * The front desk (REC-1, REC-2, REC-5), in the menu right after the inbox: the day's reception log and
 * "Log a call or visit"; an entry turns into a complaint or a repair order through their own intakes,
 * pre-filled from it, or into a specialist question; work contact forms to other departments.
 */
export const receptionArea: Area = {
  name: 'reception',
  resources: [
    {
      name: 'reception-entries',
      list: EntryList,
      show: EntryShow,
      create: EntryCreate,
      icon: ContactPhoneIcon,
      options: { label: 'estate.reception.menu' },
      recordRepresentation: (record) => `#${record.id}`,
    },
    { name: 'contact-forms', list: ContactFormList, show: ContactFormShow, create: ContactFormCreate, icon: AssignmentIcon, recordRepresentation: (record) => String(record.number ?? `#${record.id}`) },
    { name: 'staff-praises' },
  ],
  routes: [
    { path: COMPLAINT_FROM_ENTRY_PATH, component: ComplaintFromEntry },
    { path: REPAIR_FROM_ENTRY_PATH, component: RepairFromEntry },
  ],
  menu: [
    {
      order: 15,
      entries: [
        { list: 'reception-entries' },
        { create: 'reception-entries', label: 'estate.reception.new', icon: AddIcCallIcon },
        { list: 'contact-forms' },
      ],
    },
  ],
};
