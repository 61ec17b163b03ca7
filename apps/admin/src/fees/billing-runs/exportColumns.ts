import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';
import type { BillingRun } from '../types';

const columns: ExportColumn<BillingRun>[] = [
  col.month('period'),
  col.enum('trigger', 'billingTrigger'),
  col.enum('status', 'billingRunStatus'),
  col.text('error'),
  col.datetime('startedAt'),
  col.datetime('finishedAt'),
  col.count('households'),
  col.count('billsIssued'),
  col.count('noticesQueued'),
  col.money('amountIssued'),
  col.text('startedBy.displayName', { label: 'resources.billing-runs.fields.startedBy' }),
];

const filters: ExportColumn[] = [col.month('period'), col.enum('status', 'billingRunStatus')];

export const billingRunExporter = xlsxExporter({ resource: 'billing-runs', columns, filters });
