import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import type { DebitImport } from '../types';

const columns: ExportColumn<DebitImport>[] = [
  col.datetime('importedAt'),
  col.text('fileName'),
  col.count('lines'),
  col.count('succeeded'),
  col.count('failed'),
  col.money('amount'),
  col.text('importedBy.displayName', { label: 'resources.bank-debit-imports.fields.importedBy' }),
];

export const bankDebitImportExporter = xlsxExporter({ resource: 'bank-debit-imports', columns });
