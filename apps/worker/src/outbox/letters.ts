import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { LetterPrinter } from '../../../../workflows/outbox/activities';

export interface LetterFont {
  path: string;
  /** The face inside a font collection (.ttc), e.g. NotoSansCJKsc-Regular. */
  family?: string;
}

/** Letters as A4 PDFs with the Chinese font embedded, ready to print and post. */
export function createPdfLetterPrinter(font: LetterFont, sender: string): LetterPrinter {
  return {
    async render({ recipientName, address, subject, body, reference, date }) {
      if (!fs.existsSync(font.path)) {
        throw new Error(`The letter font ${font.path} is missing: install fonts-noto-cjk or set LETTER_FONT_PATH.`);
      }
      const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: subject ?? reference, Author: sender } });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise<Buffer>((resolve, reject) => {
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
      });
      doc.registerFont('body', font.path, font.family);
      doc.font('body');
      doc.fontSize(10).fillColor('#555').text(sender, { align: 'right' });
      doc.text(`${reference}  ${date.toISOString().slice(0, 10)}`, { align: 'right' });
      doc.moveDown(2).fillColor('#000').fontSize(12).text(recipientName).text(address);
      if (subject) doc.moveDown(2).fontSize(16).text(subject, { align: 'center' });
      doc.moveDown(1.5).fontSize(12).text(body, { lineGap: 6 });
      doc.end();
      return done;
    },
  };
}
