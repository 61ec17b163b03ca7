import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import { householdColumn } from '../exportColumns';
import type { Bill } from '../types';

const columns: ExportColumn<Bill>[] = [
  col.text('number'),
  householdColumn('resources.bills.fields.household'),
  col.month('period'),
  col.datetime('issuedAt'),
  col.date('dueDate'),
  col.money('amount'),
  col.money('paid'),
  col.money('waived'),
  col.money('outstanding'),
  col.enum('status', 'billStatus'),
  col.boolean('overdue', { label: 'estate.fees.overdue' }),
];

const filters: ExportColumn[] = [col.month('period'), col.enum('status', 'billStatus'), col.boolean('overdue'), col.reference('householdId', 'households', 'name')];

export const billExporter = xlsxExporter({ resource: 'bills', columns, filters });
