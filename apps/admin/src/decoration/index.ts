import AddCircleIcon from '@mui/icons-material/AddCircle';
import FormatPaintIcon from '@mui/icons-material/FormatPaint';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import type { Area } from '../layout/area';
import { DecorationCreate } from './applications/DecorationCreate';
import { DecorationList } from './applications/DecorationList';
import { DecorationShow } from './applications/DecorationShow';
import { DecorationFigures } from './figures/DecorationFigures';
import { DECORATION_FIGURES_PATH } from './paths';

/**
 * Decoration approval and supervision (DEC-1..7), in the menu after the repairs: the register of decorations,
 * "New decoration" for the reception, and the figures. The plan review, the fee, the notices, inspections,
 * after-hours checks and the acceptance are done from the inbox; the gate checks the workers' passes.
 */
export const decorationArea: Area = {
  name: 'decoration',
  resources: [
    {
      name: 'decorations',
      list: DecorationList,
      show: DecorationShow,
      create: DecorationCreate,
      icon: FormatPaintIcon,
      recordRepresentation: (record) => String(record.permitNumber ?? `#${record.id}`),
    },
  ],
  routes: [{ path: DECORATION_FIGURES_PATH, component: DecorationFigures }],
  menu: [
    {
      order: 26,
      entries: [
        { list: 'decorations' },
        { create: 'decorations', label: 'estate.decoration.new', icon: AddCircleIcon },
        { page: DECORATION_FIGURES_PATH, label: 'estate.decoration.figures.menu', icon: QueryStatsIcon, resource: 'decorations' },
      ],
    },
  ],
};
