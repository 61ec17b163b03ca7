import { col, xlsxExporter, type ExportColumn } from '../../common/xlsx';

const columns: ExportColumn[] = [
  col.date('date'),
  col.boolean('workday', { yes: 'estate.calendar.workday', no: 'estate.calendar.holiday' }),
  col.text('nameZh'),
  col.text('nameEn'),
];

export const calendarDayExporter = xlsxExporter({ resource: 'calendar-days', columns, filters: [col.boolean('workday')] });
