import { titleOf } from '../common/bilingual';
import { col, xlsxExporter, type ExportColumn } from '../common/xlsx';
import type { Inspection } from './types';

const columns: ExportColumn<Inspection>[] = [
  col.text('id'),
  col.text('titleZh', { label: 'resources.inspections.fields.title', get: (inspection, { locale }) => titleOf(inspection, locale) }),
  col.choice('status', 'estate.inspections.status'),
  col.count('defects', { get: (inspection) => inspection.items.filter((item) => item.condition === 'DEFECT').length }),
  col.datetime('createdAt'),
];

export const inspectionExporter = xlsxExporter({ resource: 'inspections', columns });
