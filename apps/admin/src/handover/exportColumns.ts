import { col, xlsxExporter, type ExportColumn } from '../common/xlsx';
import type { HandoverNotice } from './types';

/** The buyer's identity number as the list gives it: masked (the full one is only ever read on demand). */
const columns: ExportColumn<HandoverNotice>[] = [
  col.text('unit', { get: (notice) => `${notice.unit.building.name} ${notice.unit.number}` }),
  col.text('buyerName'),
  col.masked('idNumber'),
  col.text('phone'),
  col.datetime('appointmentFrom'),
];

export const handoverNoticeExporter = xlsxExporter({ resource: 'handover-notices', columns, filters: [col.boolean('booked')] });
