import { col, xlsxExporter, type ExportColumn, type ExportContext } from '../../common/xlsx';
import type { Approval } from '../types';

/** What is asked for, in words: "Reverse a payment — Receipt R-1 · Li Ming（1-0302）", as the list shows it. */
const subject = (approval: Approval, { translate }: ExportContext) => {
  const { params } = approval;
  const household = params.household?.name ? `${params.household.name}${params.household.unit ? `（${params.household.unit}）` : ''}` : '';
  const detail =
    approval.kind === 'PAYMENT_REVERSAL'
      ? translate('estate.approvals.about.receipt', { receipt: params.receiptNumber ?? '', household })
      : approval.kind === 'WAIVER'
        ? translate('estate.approvals.about.ladder', { household })
        : translate('estate.approvals.about.file', { fileName: params.fileName ?? '', lines: params.lines ?? 0, succeeded: params.succeeded ?? 0, failed: params.failed ?? 0 });
  return `${translate(`estate.approvals.kind.${approval.kind}`)} — ${detail}`;
};

const columns: ExportColumn<Approval>[] = [
  col.text('kind', { get: subject }),
  col.money('amount'),
  col.text('reason'),
  col.text('requestedBy.displayName', { label: 'resources.approvals.fields.requestedBy' }),
  col.datetime('requestedAt'),
  col.choice('status', 'estate.approvals.status'),
  col.text('decidedBy.displayName', { label: 'resources.approvals.fields.decidedBy' }),
  col.datetime('decidedAt'),
  col.text('decisionNote'),
];

const filters: ExportColumn[] = [col.choice('status', 'estate.approvals.status'), col.choice('kind', 'estate.approvals.kind')];

export const approvalExporter = xlsxExporter({ resource: 'approvals', columns, filters });
