import { col, xlsxExporter, type ExportColumn } from '../common/xlsx';
import type { MoveIn } from './types';

const columns: ExportColumn<MoveIn>[] = [
  col.text('id'),
  col.text('householdId', { get: ({ household }) => `${household.unit.building.name} ${household.unit.number} · ${household.name}` }),
  col.text('applicantName', { get: (moveIn, { translate }) => `${moveIn.applicantName} (${translate(`estate.move_in.applicant.${moveIn.applicantKind}`)})` }),
  col.text('applicantPhone'),
  col.choice('stage', 'estate.move_in.stage'),
  col.datetime('appointmentAt'),
  col.datetime('createdAt'),
];

const filters: ExportColumn[] = [col.choice('stage', 'estate.move_in.stage'), col.reference('buildingId', 'buildings', 'name')];

export const moveInExporter = xlsxExporter({ resource: 'move-ins', columns, filters });
