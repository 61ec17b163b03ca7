import { CHINA_TIME, col, xlsxExporter, type ExportColumn } from '../../common/xlsx';

interface Summary {
  messages?: { recipientName: string | null; status: string }[];
}

const columns: ExportColumn<Summary>[] = [
  col.text('id'),
  col.datetime('generatedAt', { timeZone: CHINA_TIME }),
  col.count('openCount'),
  col.count('overdueCount'),
  col.text('messages', {
    get: ({ messages }, { translate }) =>
      (messages ?? []).map((m) => `${m.recipientName ?? ''} · ${translate(`estate.supervision.summaries.status.${m.status}`)}`).join('、'),
  }),
];

export const summaryExporter = xlsxExporter({ resource: 'unfinished-summaries', columns });
