import { col, staffName, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import { householdColumn } from '../exportColumns';
import type { Payment } from '../types';

/** FEE-7: cash stays with its collector until the clerk has counted it (blank for other methods). */
const handover = (payment: Payment) => {
  if (payment.method !== 'CASH' || (payment.reversedAt && payment.handoverId == null)) return null;
  return payment.handoverId != null ? 'estate.payments.handed_over' : 'estate.payments.not_handed_over';
};

const columns: ExportColumn<Payment>[] = [
  col.text('receiptNumber'),
  col.datetime('receivedAt'),
  householdColumn('resources.payments.fields.household'),
  col.money('amount'),
  col.enum('method', 'paymentMethod'),
  col.enum('channel', 'paymentChannel'),
  col.text('collector.displayName', { label: 'resources.payments.fields.collectorId' }),
  col.money('unallocated'),
  col.text('handoverId', { get: (payment, { translate }) => { const key = handover(payment); return key && translate(key); } }),
  col.text('reference'),
  col.text('note'),
  col.text('reversedAt', { label: 'estate.payments.reversed', get: (payment, { translate }) => (payment.reversedAt ? translate('estate.payments.reversed') : null) }),
];

const filters: ExportColumn[] = [
  col.date('date'),
  col.enum('method', 'paymentMethod'),
  col.enum('channel', 'paymentChannel'),
  col.reference('collectorId', 'staff', staffName),
  col.reference('householdId', 'households', 'name'),
];

export const paymentExporter = xlsxExporter({ resource: 'payments', columns, filters });
