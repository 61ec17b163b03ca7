import { col, staffName, xlsxExporter, type ExportColumn } from '../../common/xlsx';

/** A version's data is for the page that words it; the register lists who saved which version, and why. */
const columns: ExportColumn[] = [
  col.text('key'),
  col.count('version'),
  col.text('note'),
  col.reference('createdById', 'staff', staffName),
  col.datetime('createdAt'),
];

export const policyExporter = xlsxExporter({ resource: 'policies', columns, filters: [col.text('key')] });
