import ExcelJS from 'exceljs';
import { estateWallClock, isText, madeAt, type Cell, type FiguresReport, type Kind, type Lang } from './report';

const FORMATS: Partial<Record<Kind, string>> = {
  count: '#,##0',
  rate: '0.0%',
  money: '#,##0.00',
  hours: '0.0',
  days: '0.0',
  number: '#,##0.##',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** Characters a sheet's name may not hold, and its length limit (Excel's). */
const sheetName = (title: string, taken: Set<string>): string => {
  const base = title.replace(/[[\]:*?/\\]/g, '-').trim().slice(0, 28) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
};

/** How wide a text shows: Chinese characters take two columns. */
const widthOf = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);

/** A cell's value in the workbook: labels in the language asked, instants on the estate's clock, numbers as numbers. */
const valueOf = (cell: Cell, kind: Kind, lang: Lang): ExcelJS.CellValue => {
  if (cell === null || cell === undefined || cell === '') return null;
  if (isText(cell)) return cell[lang] || cell.zh || cell.en;
  if (cell instanceof Date) return kind === 'date' ? new Date(`${estateWallClock(cell).toISOString().slice(0, 10)}T00:00:00Z`) : estateWallClock(cell);
  return cell;
};

/**
 * The figures as a workbook: one sheet per table, each headed by the report's title with its period and the
 * time it was made, then the table's title, its column headings (frozen) and its rows. Rates are percentages,
 * money has two decimals, dates read in the estate's time.
 */
export async function renderWorkbook(report: FiguresReport, lang: Lang, at = new Date()): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Estate Desk';
  book.created = at;
  book.title = `${report.title[lang]} ${report.period[lang]}`;
  const taken = new Set<string>();
  for (const table of report.tables) {
    const sheet = book.addWorksheet(sheetName(table.title[lang], taken), { views: [{ state: 'frozen', ySplit: 4 }] });
    const span = Math.max(1, table.columns.length);
    sheet.addRow([lang === 'zh' ? `${report.title.zh}（${report.period.zh}）` : `${report.title.en} (${report.period.en})`]).font = { bold: true, size: 14 };
    sheet.addRow([madeAt(lang, at)]).font = { color: { argb: 'FF666666' }, size: 9 };
    sheet.addRow([table.title[lang]]).font = { bold: true, size: 12 };
    for (const row of [1, 2, 3]) sheet.mergeCells(row, 1, row, span);
    const heading = sheet.addRow(table.columns.map((c) => c.label[lang]));
    heading.font = { bold: true };
    heading.alignment = { vertical: 'middle', wrapText: true };
    heading.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    table.rows.forEach((cells, index) => {
      const row = sheet.addRow(table.columns.map((column, i) => valueOf(cells[i], column.kind, lang)));
      if (table.total && index === table.rows.length - 1) row.font = { bold: true };
    });
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      const format = FORMATS[column.kind];
      if (format) for (let r = 5; r <= sheet.rowCount; r++) sheet.getCell(r, i + 1).numFmt = format;
      const shown = (cell: Cell) => (cell instanceof Date ? 16 : widthOf(String(valueOf(cell, column.kind, lang) ?? '')));
      const longest = Math.max(widthOf(column.label[lang]), ...table.rows.map((cells) => shown(cells[i])));
      col.width = Math.min(40, Math.max(10, longest + 2));
    });
    if (table.rows.length === 0) sheet.addRow([lang === 'zh' ? '本期没有数据' : 'Nothing in this period']);
    for (const note of report.notes ?? []) sheet.addRow([note[lang]]).font = { italic: true, color: { argb: 'FF666666' }, size: 9 };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
