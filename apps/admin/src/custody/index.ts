import AddHomeIcon from '@mui/icons-material/AddHome';
import BarChartIcon from '@mui/icons-material/BarChart';
import HolidayVillageIcon from '@mui/icons-material/HolidayVillage';
import ThunderstormIcon from '@mui/icons-material/Thunderstorm';
import type { Area } from '../layout/area';
import { CustodyCreate } from './CustodyCreate';
import { CustodyFiguresPage } from './CustodyFiguresPage';
import { CustodyList } from './CustodyList';
import { CustodyShow } from './CustodyShow';
import { RainWarningCreate, RainWarningList } from './RainWarnings';
import type { Custody } from './types';

export const CUSTODY_FIGURES_PATH = '/custody-figures';

/**
 * Custody of vacant units (MOV-7): the agreements with their readings and patrols, the heavy-rain warnings
 * and the figures of the units in custody. Patrols and alerts are tasks in the inbox.
 */
export const custodyArea: Area = {
  name: 'custody',
  resources: [
    { name: 'custody', list: CustodyList, show: CustodyShow, create: CustodyCreate, icon: HolidayVillageIcon, recordRepresentation: (r) => `${(r as Custody).unit?.building.name ?? ''} ${(r as Custody).unit?.number ?? ''}` },
    { name: 'rain-warnings', list: RainWarningList, create: RainWarningCreate, icon: ThunderstormIcon },
  ],
  routes: [{ path: CUSTODY_FIGURES_PATH, component: CustodyFiguresPage }],
  menu: [
    {
      order: 29,
      group: { name: 'custody', label: 'estate.custody.menu', icon: HolidayVillageIcon },
      entries: [
        { list: 'custody' },
        { create: 'custody', label: 'estate.custody.new', icon: AddHomeIcon },
        { list: 'rain-warnings' },
        { page: CUSTODY_FIGURES_PATH, label: 'estate.custody.figures.title', icon: BarChartIcon, resource: 'custody' },
      ],
    },
  ],
};
