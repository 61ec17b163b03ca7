import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { useFont, type PdfFont } from '../../../common/pdf';
import type { ReleasePassForPdf } from './release-passes.service';

/** China time, "YYYY-MM-DD HH:MM". */
const local = (d: Date | null | undefined) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

const STATUS: Record<string, string> = { USED: '已使用 USED', REVOKED: '已作废 REVOKED' };

/**
 * REC-3: the printed item release pass, in Chinese and English: its number, the QR code of its code (what
 * the guard scans), the household, the applicant, the items, the vehicle, the window, and who issued it.
 */
export async function renderReleasePass(font: PdfFont, rp: ReleasePassForPdf): Promise<Buffer> {
  const qr = await QRCode.toBuffer(rp.pass.code, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 220 });
  const pdf = new PDFDocument({ size: 'A5', margin: 36, info: { Title: `物品放行条 Item release pass ${rp.pass.number}` } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  useFont(pdf, font);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const estate = rp.household.unit.building.estate.name;
  pdf.fontSize(16).text('物品放行条 Item release pass', { align: 'center' });
  pdf.moveDown(0.2).fontSize(9).fillColor('#555').text(estate, { align: 'center' }).fillColor('#000');
  const top = pdf.y + 8;
  pdf.image(qr, left + width - 110, top, { width: 110 });
  pdf.fontSize(13).text(`No. ${rp.pass.number}`, left, top, { width: width - 120 });
  pdf.fontSize(10).text(`核验码 Code: ${rp.pass.code}`, { width: width - 120 });
  if (STATUS[rp.pass.status]) pdf.fillColor('#b00').text(STATUS[rp.pass.status]).fillColor('#000');
  pdf.moveDown(0.5);
  const rows: [string, string][] = [
    ['房号 Unit', `${rp.household.unit.building.name} ${rp.household.unit.number} · ${rp.household.name}`],
    ['申请人 Applicant', `${rp.applicantName}  ${rp.applicantPhone}`],
    ['车辆 Vehicle', rp.vehicle ?? '—'],
    ['有效时间 Valid', `${local(rp.pass.validFrom)} – ${local(rp.pass.validTo)} (UTC+8)`],
    ['签发 Issued', `${local(rp.issuedAt)}${rp.issuedBy ? ` · ${rp.issuedBy.displayName}` : ''}`],
  ];
  for (const [label, value] of rows) {
    const y = pdf.y;
    pdf.fontSize(10).text(label, left, y, { width: 100 });
    pdf.text(value, left + 105, y, { width: width - 225 });
    pdf.moveDown(0.2);
  }
  pdf.y = Math.max(pdf.y, top + 120);
  pdf.moveDown(0.5).fontSize(11).text('放行物品 Items', left);
  pdf.fontSize(10);
  rp.items.forEach((item, i) => pdf.text(`${i + 1}. ${item.name} × ${item.quantity}`, left, undefined, { width }));
  pdf.moveDown(0.8).fontSize(9).fillColor('#333');
  pdf.text('凭此条在有效时间内放行一次，门岗核验后收回。 Valid once, within its time window; the gate keeps it after the check.', left, undefined, { width });
  pdf.moveDown(1.2).fillColor('#000').fontSize(10).text('门岗签字 Guard\'s signature: ____________      时间 Time: ____________', left);
  pdf.end();
  return done;
}
