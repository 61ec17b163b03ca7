import PDFDocument from 'pdfkit';
import { useFont, type PdfFont } from '../../../common/pdf';
import type { LetterPrinter } from '../../../../workflows/outbox/activities';
import { DEFAULT_LETTERHEAD } from '../../../../workflows/outbox/letterhead';

/**
 * Letters as A4 PDFs with the Chinese font embedded, ready to print, seal and post: the company's
 * letterhead, the letter's reference number and date, the addressee, the text, and a signature block
 * with the place for the company seal (a demand letter is the evidence legal action relies on).
 */
export function createPdfLetterPrinter(font: PdfFont, sender: string): LetterPrinter {
  return {
    async render({ recipientName, address, subject, body, reference, date, letterhead = DEFAULT_LETTERHEAD, language = 'zh' }) {
      const en = language === 'en';
      const company = en ? letterhead.companyEn : letterhead.companyZh;
      const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: subject ?? reference, Author: company || sender } });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise<Buffer>((resolve, reject) => {
        doc.on('end', () => resolve(Buffer.concat(chunks)));
        doc.on('error', reject);
      });
      useFont(doc, font);
      const width = doc.page.width - 128;
      const day = new Date(date.getTime() + 480 * 60_000).toISOString().slice(0, 10);

      // Letterhead: the company, its service centre, address and phone, over a rule.
      doc.fontSize(16).fillColor('#000').text(company, { align: 'center' });
      doc.fontSize(9).fillColor('#444').text(en ? letterhead.departmentEn : letterhead.departmentZh, { align: 'center' });
      doc.text(`${en ? letterhead.addressEn : letterhead.addressZh}    ${en ? 'Tel.' : '电话'} ${letterhead.phone}`, { align: 'center' });
      doc.moveDown(0.4).moveTo(64, doc.y).lineTo(64 + width, doc.y).lineWidth(1).strokeColor('#000').stroke();

      doc.moveDown(0.8).fontSize(10).fillColor('#000').text(`${en ? 'Ref.' : '文号'}：${reference}`, { align: 'right' });
      doc.text(`${en ? 'Date' : '日期'}：${day}`, { align: 'right' });
      doc.moveDown(1).fontSize(11).text(`${en ? 'To' : '致'}：${recipientName}`).text(address);
      if (subject) doc.moveDown(1.5).fontSize(18).text(subject, { align: 'center' });
      doc.moveDown(1.2).fontSize(11.5).text(body, { lineGap: 6, align: 'justify' });

      // Signature block, and the box where the company seal goes.
      doc.moveDown(2);
      const top = doc.y;
      const left = 64 + width - 230;
      doc.fontSize(11).text(company, left, top, { width: 230, align: 'center' });
      doc.text(en ? letterhead.departmentEn : letterhead.departmentZh, left, doc.y + 2, { width: 230, align: 'center' });
      doc.text(`${en ? 'Signed' : '经办人签字'}：________________`, left, doc.y + 10, { width: 230, align: 'center' });
      doc.text(day, left, doc.y + 6, { width: 230, align: 'center' });
      const sealTop = top - 6;
      doc.circle(left - 70, sealTop + 45, 42).lineWidth(0.8).dash(3, { space: 3 }).strokeColor('#b00').stroke().undash();
      doc.fontSize(9).fillColor('#b00').text(en ? '(company seal)' : '（公司盖章处）', left - 112, sealTop + 40, { width: 84, align: 'center' });
      doc.end();
      return done;
    },
  };
}
