import { CHINA_TIME, col, dayRange, xlsxExporter, type ExportColumn } from '../common/xlsx';

const campaignColumns: ExportColumn[] = [
  col.text('name'),
  col.choice('method', 'estate.surveys.method'),
  col.count('asked'),
  col.count('answered'),
  col.choice('status', 'estate.surveys.status'),
  col.datetime('createdAt'),
  col.datetime('closesAt'),
];

export const campaignExporter = xlsxExporter({
  resource: 'survey-campaigns',
  columns: campaignColumns,
  filters: [col.choice('method', 'estate.surveys.method'), col.choice('status', 'estate.surveys.status')],
});

const responseColumns: ExportColumn[] = [
  col.datetime('respondedAt'),
  col.choice('method', 'estate.surveys.method'),
  col.reference('campaignId', 'survey-campaigns', 'name'),
  col.reference('householdId', 'households', 'name'),
  col.text('respondentName'),
  col.text('note'),
];

export const responseExporter = xlsxExporter({
  resource: 'survey-responses',
  columns: responseColumns,
  filters: [col.choice('method', 'estate.surveys.method'), col.reference('campaignId', 'survey-campaigns', 'name'), ...dayRange('from', 'to', CHINA_TIME)],
});
