import PDFDocument from 'pdfkit';
import { useFont, type PdfFont } from '../../../../common/pdf';
import { cellText, madeAt, type FiguresReport, type Kind, type Lang, type Table } from './report';

const NUMERIC: Kind[] = ['count', 'rate', 'money', 'hours', 'days', 'number'];
const PAD = 3;
const BODY = 8.5;

/** Column widths: the first (the row's name) as wide as it needs up to a third of the page, the others sharing the rest (at most 110 points each). */
function widths(pdf: PDFKit.PDFDocument, table: Table, lang: Lang, width: number): number[] {
  const n = table.columns.length;
  if (n === 1) return [width];
  pdf.fontSize(BODY);
  const first = Math.min(width / 3, Math.max(60, ...table.rows.map((r) => pdf.widthOfString(cellText(r[0], table.columns[0].kind, lang)) + 2 * PAD)));
  const rest = Math.min(110, (width - first) / (n - 1));
  return [first, ...Array<number>(n - 1).fill(rest)];
}

/** One row of cells, wrapped within their columns; answers the row's height. */
function drawRow(pdf: PDFKit.PDFDocument, texts: string[], cols: number[], kinds: Kind[], y: number, x0: number, options: { fill?: string; bold?: boolean; measure?: boolean }) {
  const height = Math.max(...texts.map((text, i) => pdf.heightOfString(text, { width: cols[i] - 2 * PAD }))) + 2 * PAD;
  if (options.measure) return height;
  const total = cols.reduce((a, b) => a + b, 0);
  if (options.fill) pdf.save().rect(x0, y, total, height).fill(options.fill).restore();
  let x = x0;
  texts.forEach((text, i) => {
    pdf.fillColor('#000').text(text, x + PAD, y + PAD, { width: cols[i] - 2 * PAD, align: NUMERIC.includes(kinds[i]) && i > 0 ? 'right' : 'left', lineBreak: true });
    x += cols[i];
  });
  pdf.save().moveTo(x0, y + height).lineTo(x0 + total, y + height).lineWidth(options.bold ? 0.8 : 0.3).strokeColor('#999').stroke().restore();
  return height;
}

function drawTable(pdf: PDFKit.PDFDocument, table: Table, lang: Lang) {
  const { left, right, bottom } = pdf.page.margins;
  const width = pdf.page.width - left - right;
  const cols = widths(pdf, table, lang, width);
  const kinds = table.columns.map((c) => c.kind);
  const header = table.columns.map((c) => c.label[lang]);
  const limit = () => pdf.page.height - bottom;
  pdf.fontSize(12);
  if (pdf.y + 60 > limit()) pdf.addPage();
  pdf.moveDown(0.8).text(table.title[lang], left, pdf.y);
  pdf.moveDown(0.3).fontSize(BODY);
  if (table.rows.length === 0) {
    pdf.fillColor('#555').text(lang === 'zh' ? '本期没有数据' : 'Nothing in this period').fillColor('#000');
    return;
  }
  let y = pdf.y;
  y += drawRow(pdf, header, cols, kinds, y, left, { fill: '#eeeeee', bold: true });
  table.rows.forEach((row, index) => {
    const texts = row.map((cell, i) => cellText(cell, kinds[i], lang));
    const height = drawRow(pdf, texts, cols, kinds, y, left, { measure: true });
    if (y + height > limit()) {
      pdf.addPage();
      y = pdf.page.margins.top;
      y += drawRow(pdf, header, cols, kinds, y, left, { fill: '#eeeeee', bold: true });
    }
    y += drawRow(pdf, texts, cols, kinds, y, left, { fill: table.total && index === table.rows.length - 1 ? '#f6f6f6' : undefined });
  });
  pdf.x = left;
  pdf.y = y;
}

/**
 * The figures as a PDF for the monthly report: the title, what the figures cover and when the PDF was made, then
 * each table as a grid (headings repeated on a new page), with the Chinese font embedded. Wide tables turn the
 * page to landscape.
 */
export async function renderReportPdf(font: PdfFont, report: FiguresReport, lang: Lang, at = new Date()): Promise<Buffer> {
  const wide = report.tables.some((table) => table.columns.length > 7);
  const pdf = new PDFDocument({ size: 'A4', layout: wide ? 'landscape' : 'portrait', margin: 40, info: { Title: `${report.title[lang]} ${report.period[lang]}` } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  useFont(pdf, font);
  pdf.fontSize(17).text(report.title[lang], { align: 'center' });
  pdf.moveDown(0.2).fontSize(11).text(report.period[lang], { align: 'center' });
  pdf.moveDown(0.2).fontSize(8).fillColor('#666').text(madeAt(lang, at), { align: 'center' }).fillColor('#000');
  for (const table of report.tables) drawTable(pdf, table, lang);
  for (const note of report.notes ?? []) {
    pdf.moveDown(0.8).fontSize(8).fillColor('#555').text(note[lang], pdf.page.margins.left, pdf.y, { width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right }).fillColor('#000');
  }
  pdf.end();
  return done;
}
