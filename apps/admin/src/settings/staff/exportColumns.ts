import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';

const columns: ExportColumn[] = [
  col.text('username'),
  col.text('displayName'),
  col.enum('role', 'role'),
  col.enum('department', 'department'),
  col.text('phone'),
  col.text('email'),
  col.enum('language', 'language'),
  col.boolean('active'),
];

export const staffExporter = xlsxExporter({ resource: 'staff', columns });
