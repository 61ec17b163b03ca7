import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { Area } from '../layout/area';
import { InspectionList } from './InspectionList';
import { InspectionShow } from './InspectionShow';

export { InspectionWalk } from './InspectionWalk';

/** Inspections (core): the list of every inspection walked and each on its own page, usable on a tablet. */
export const inspectionsArea: Area = {
  name: 'inspections',
  resources: [{ name: 'inspections', list: InspectionList, show: InspectionShow, icon: FactCheckIcon, recordRepresentation: (r) => `#${r.id}` }],
  menu: [{ order: 29, entries: [{ list: 'inspections' }] }],
};
