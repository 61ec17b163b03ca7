import AddCircleIcon from '@mui/icons-material/AddCircle';
import BuildIcon from '@mui/icons-material/Build';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import type { Area } from '../layout/area';
import { REPAIR_FIGURES_PATH } from './paths';
import { RepairCreate } from './RepairCreate';
import { RepairFigures } from './RepairFigures';
import { RepairList } from './RepairList';
import { RepairShow } from './RepairShow';

/**
 * Repairs and return visits (REP-1..8), in the menu right after the complaints: the register of work
 * orders, free and paid; "New repair order" for the reception; the monthly figures. The work itself
 * (arrive, work, leak test, check-in, collect, return visit) is done from the inbox.
 */
export const repairsArea: Area = {
  name: 'repairs',
  resources: [
    {
      name: 'repairs',
      list: RepairList,
      show: RepairShow,
      create: RepairCreate,
      icon: BuildIcon,
      recordRepresentation: (record) => String(record.serial ?? `#${record.id}`),
    },
  ],
  routes: [{ path: REPAIR_FIGURES_PATH, component: RepairFigures }],
  menu: [
    {
      order: 25,
      entries: [
        { list: 'repairs' },
        { create: 'repairs', label: 'estate.repairs.new', icon: AddCircleIcon },
        { page: REPAIR_FIGURES_PATH, label: 'estate.repairs.figures.menu', icon: QueryStatsIcon, resource: 'repairs' },
      ],
    },
  ],
};
