import fs from 'node:fs';
import PDFDocument from 'pdfkit';

export interface PdfFont {
  /** A .ttf/.otf font, or a .ttc/.otc collection (by default the Noto Sans SC that `npm install` brings). */
  path: string;
  /** The face inside a font collection, e.g. NotoSansCJKsc-Regular; unused for a single font. */
  family?: string;
}

export interface PdfSection {
  heading: string;
  lines: string[];
}

/** Embeds the Chinese font in a document and selects it. */
export function useFont(pdf: PDFKit.PDFDocument, font: PdfFont): void {
  if (!fs.existsSync(font.path)) {
    throw new Error(`The PDF font ${font.path} is missing: install fonts-noto-cjk or set LETTER_FONT_PATH.`);
  }
  pdf.registerFont('body', font.path, font.family);
  pdf.font('body');
}

/**
 * An A4 document with the Chinese font embedded: receipts, legal referral bundles. A title, an optional
 * subtitle, then sections of lines.
 */
export async function renderPdf(font: PdfFont, doc: { title: string; subtitle?: string; sections: PdfSection[] }): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: doc.title } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  useFont(pdf, font);
  pdf.fontSize(18).text(doc.title, { align: 'center' });
  if (doc.subtitle) pdf.moveDown(0.3).fontSize(10).fillColor('#555').text(doc.subtitle, { align: 'center' }).fillColor('#000');
  for (const section of doc.sections) {
    pdf.moveDown(1).fontSize(13).text(section.heading);
    pdf.moveDown(0.3).fontSize(10);
    for (const line of section.lines.length ? section.lines : ['—']) pdf.text(line, { lineGap: 3 });
  }
  pdf.end();
  return done;
}
