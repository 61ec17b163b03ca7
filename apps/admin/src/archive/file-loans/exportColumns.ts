import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';

const columns: ExportColumn[] = [
  col.text('id'),
  col.text('household.name'),
  col.text('borrower'),
  col.text('purpose'),
  col.text('lentBy.displayName'),
  col.datetime('lentAt'),
  col.datetime('dueAt'),
  col.enum('status', 'loanStatus'),
  col.datetime('returnedAt'),
  col.text('receivedBy.displayName'),
];

const filters: ExportColumn[] = [col.enum('status', 'loanStatus'), col.reference('householdId', 'households', 'name')];

export const fileLoanExporter = xlsxExporter({ resource: 'file-loans', columns, filters });
