import { col, staffName, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import type { CashHandover } from '../types';

const columns: ExportColumn<CashHandover>[] = [
  col.date('date'),
  col.text('collector.displayName', { label: 'resources.cash-handovers.fields.collectorId' }),
  col.count('receipts'),
  col.money('expectedAmount'),
  col.money('countedAmount'),
  col.money('difference'),
  col.text('receivedBy.displayName', { label: 'resources.cash-handovers.fields.receivedById' }),
  col.text('note'),
  col.datetime('createdAt'),
];

const filters: ExportColumn[] = [col.date('date'), col.reference('collectorId', 'staff', staffName)];

export const cashHandoverExporter = xlsxExporter({ resource: 'cash-handovers', columns, filters });
