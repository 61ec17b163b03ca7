import AddCircleIcon from '@mui/icons-material/AddCircle';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import type { Area } from '../layout/area';
import { ComplaintFigures } from './ComplaintFigures';
import { COMPLAINT_FIGURES_PATH } from './paths';
import { complaintFollowUp, complaints } from './resources';

/**
 * The complaint register (CMP-1..9), high in the menu after the inbox: the reception takes
 * complaints on the phone ("New complaint"); the managers' follow-up list; the figures page.
 */
export const complaintsArea: Area = {
  name: 'complaints',
  resources: [
    { name: 'complaints', ...complaints },
    { name: 'complaint-follow-up', ...complaintFollowUp },
  ],
  routes: [{ path: COMPLAINT_FIGURES_PATH, component: ComplaintFigures }],
  menu: [
    {
      order: 20,
      entries: [
        { list: 'complaints' },
        { create: 'complaints', label: 'estate.complaints.new', icon: AddCircleIcon },
        { list: 'complaint-follow-up' },
        { page: COMPLAINT_FIGURES_PATH, label: 'estate.figures.menu', icon: QueryStatsIcon, resource: 'complaints' },
      ],
    },
  ],
};
