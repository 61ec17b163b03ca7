import DashboardIcon from '@mui/icons-material/Dashboard';
import SummarizeIcon from '@mui/icons-material/Summarize';
import type { Area } from '../layout/area';
import { FrontDeskDay } from './FrontDeskDay';
import { FRONT_DESK_PATH, TODAY_PATH } from './paths';
import { SummaryList } from './summaries/SummaryList';
import { Today } from './Today';

/**
 * The supervisor's day (REC-4): the page to start the day on (open work by process, age and owner, what is
 * overdue or escalated today, the month's figures), the front-desk records of a day (the daily review's
 * link) and the weekly summaries of unfinished matters. For supervisors and the director.
 */
export const supervisionArea: Area = {
  name: 'supervision',
  resources: [{ name: 'unfinished-summaries', list: SummaryList, icon: SummarizeIcon }],
  routes: [
    { path: TODAY_PATH, component: Today },
    { path: FRONT_DESK_PATH, component: FrontDeskDay },
  ],
  menu: [
    { order: 5, entries: [{ page: TODAY_PATH, label: 'estate.supervision.today', icon: DashboardIcon, resource: 'unfinished-summaries' }] },
    { order: 45, entries: [{ list: 'unfinished-summaries' }] },
  ],
  landing: { path: TODAY_PATH, resource: 'unfinished-summaries' },
};
