import { Workbook } from 'exceljs';
import { displayWidth, type Cell } from './format';
import type { ColumnKind } from './spec';

/** One sheet: the list's name (its tab), its title, its filters in words, the columns' titles and the rows. */
export interface Sheet {
  name: string;
  title: string;
  filters: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: Cell[][];
}

/** Excel's number formats: dates Excel can sort, money with two decimals. */
const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  datetime: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  money: '#,##0.00',
  count: '0',
};

/** The widths a date or an amount needs, whatever its value. */
const FIXED_WIDTHS: Partial<Record<ColumnKind, number>> = { datetime: 17, date: 11, month: 8 };

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
/** Enough rows to judge a column's width by; the rest look alike. */
const SAMPLED_ROWS = 500;

/** The row of the column titles; the rows above it hold the title and the filters. */
export const HEADER_ROW = 3;

const widthOf = (cell: Cell, kind: ColumnKind): number => {
  if (cell == null) return 0;
  if (cell instanceof Date) return FIXED_WIDTHS[kind] ?? 11;
  if (typeof cell === 'number') return kind === 'money' ? cell.toFixed(2).length + Math.floor(Math.abs(cell).toFixed(0).length / 3) + 1 : String(cell).length;
  return Math.max(...cell.split('\n').map(displayWidth));
};

/** A sheet's name: at most 31 characters, none of those Excel refuses. */
const sheetName = (title: string) => title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim() || 'Sheet1';

/** The workbook of one list: title row, filters row, frozen header, typed cells, sensible widths. */
export const buildWorkbook = (sheet: Sheet, now = new Date()): Workbook => {
  const workbook = new Workbook();
  workbook.created = now;
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
  });
  const count = Math.max(sheet.columns.length, 1);

  worksheet.getCell(1, 1).value = sheet.title;
  worksheet.getCell(1, 1).font = { bold: true, size: 14 };
  worksheet.getCell(2, 1).value = sheet.filters;
  worksheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF555555' } };
  if (count > 1) {
    worksheet.mergeCells(1, 1, 1, count);
    worksheet.mergeCells(2, 1, 2, count);
  }

  const header = worksheet.getRow(HEADER_ROW);
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA8B5' } } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });

  for (const values of sheet.rows) worksheet.addRow(values);

  sheet.columns.forEach((column, index) => {
    const target = worksheet.getColumn(index + 1);
    const format = NUMBER_FORMATS[column.kind];
    if (format) target.numFmt = format;
    const widest = Math.max(
      displayWidth(column.header),
      FIXED_WIDTHS[column.kind] ?? 0,
      ...sheet.rows.slice(0, SAMPLED_ROWS).map((row) => widthOf(row[index], column.kind)),
    );
    target.width = Math.min(Math.max(widest + 2, MIN_WIDTH), MAX_WIDTH);
    // Long texts wrap inside their column rather than run across the next ones.
    if (widest + 2 > MAX_WIDTH) target.alignment = { vertical: 'top', wrapText: true };
  });
  // The header's own format and alignment, which the columns' would otherwise replace.
  sheet.columns.forEach((_column, index) => {
    const cell = header.getCell(index + 1);
    cell.numFmt = 'General';
    cell.alignment = { vertical: 'middle', wrapText: true };
  });

  if (sheet.columns.length) {
    worksheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: sheet.columns.length } };
  }
  return workbook;
};
