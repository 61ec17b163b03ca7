import { CHINA_TIME, col, dayRange, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import { statusKey, type Decoration } from '../types';

const columns: ExportColumn<Decoration>[] = [
  col.text('permitNumber', { get: (record) => record.permitNumber ?? `#${record.id}` }),
  col.text('householdId', { get: ({ household }) => `${household.unit.building.name} ${household.unit.number} · ${household.name}` }),
  col.text('applicantName'),
  col.text('applicantPhone'),
  col.text('contractorName'),
  col.text('contractorPhone'),
  col.text('plan'),
  col.boolean('structuralChange'),
  col.date('worksFrom', { timeZone: CHINA_TIME, get: (record) => record.permitFrom ?? record.worksFrom }),
  col.date('worksTo', { timeZone: CHINA_TIME, get: (record) => record.permitTo ?? record.worksTo }),
  col.choice('timing', 'estate.decoration.timing'),
  col.choice('status', 'estate.decoration.status', { get: (record) => statusKey(record) }),
  col.datetime('createdAt'),
];

const filters: ExportColumn[] = [
  col.choice('status', 'estate.decoration.status'),
  col.reference('buildingId', 'buildings', 'name'),
  ...dayRange('from', 'to', CHINA_TIME),
  ...dayRange('approvedFrom', 'approvedTo', CHINA_TIME),
];

export const decorationExporter = xlsxExporter({ resource: 'decorations', columns, filters });
