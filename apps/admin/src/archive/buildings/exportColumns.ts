import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';

const columns: ExportColumn[] = [col.text('code'), col.text('name'), col.count('floors'), col.reference('estateId', 'estates', 'name')];

const filters: ExportColumn[] = [col.reference('estateId', 'estates', 'name')];

export const buildingExporter = xlsxExporter({ resource: 'buildings', columns, filters });
