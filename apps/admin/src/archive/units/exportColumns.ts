import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';

const columns: ExportColumn[] = [
  col.reference('buildingId', 'buildings', 'name'),
  col.text('number'),
  col.count('floor'),
  col.number('areaSqm'),
  col.enum('status', 'unitStatus'),
];

const filters: ExportColumn[] = [col.reference('buildingId', 'buildings', 'name'), col.enum('status', 'unitStatus')];

export const unitExporter = xlsxExporter({ resource: 'units', columns, filters });
