import PDFDocument from 'pdfkit';
import { useFont, type PdfFont } from '../../../common/pdf';
import type { LetterPrinter } from '../../../../workflows/outbox/activities';

/** Letters as A4 PDFs with the Chinese font embedded, ready to print and post. */
export function createPdfLetterPrinter(font: PdfFont, sender: string): LetterPrinter {
  return {
    async render({ recipientName, address, subject, body, reference, date }) {
      const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: subject ?? reference, Author: sender } });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise<Buffer>((resolve, reject) => {
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
      });
      useFont(doc, font);
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
