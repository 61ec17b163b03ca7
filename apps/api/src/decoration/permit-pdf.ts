import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { useFont, type PdfFont } from '../../../common/pdf';
import type { DecorationForPdf } from './decoration.service';

/** China time, "YYYY-MM-DD". */
const day = (d: Date | null | undefined) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10) : '');

/**
 * DEC-3: the construction permit (A5, Chinese and English: number, unit, contractor, validity), then one card
 * per worker (name, masked identity number, validity, the pass number and the QR code of its code).
 */
export async function renderPermit(font: PdfFont, d: DecorationForPdf): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A5', margin: 36, info: { Title: `装修施工许可证 Decoration permit ${d.permitNumber}` } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  useFont(pdf, font);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const unit = `${d.household.unit.building.name} ${d.household.unit.number}`;
  pdf.fontSize(16).text('装修施工许可证 Decoration permit', { align: 'center' });
  pdf.moveDown(0.2).fontSize(9).fillColor('#555').text(d.household.unit.building.estate.name, { align: 'center' }).fillColor('#000');
  pdf.moveDown(0.6).fontSize(13).text(`No. ${d.permitNumber}`);
  pdf.moveDown(0.4);
  const rows: [string, string][] = [
    ['房号 Unit', `${unit} · ${d.household.name}`],
    ['申请人 Applicant', `${d.applicantName}  ${d.applicantPhone}`],
    ['施工单位 Contractor', `${d.contractorName}  ${d.contractorPhone}`],
    ['装修内容 Works', d.plan],
    ['有效期 Valid', `${day(d.permitFrom)} – ${day(d.permitTo)}`],
    ['施工人员 Workers', String(d.workers.length)],
    ['方案审核 Plan reviewed', d.reviewer?.displayName ?? '—'],
  ];
  for (const [label, value] of rows) {
    const y = pdf.y;
    pdf.fontSize(10).text(label, left, y, { width: 110 });
    pdf.text(value, left + 115, y, { width: width - 115 });
    pdf.moveDown(0.2);
  }
  pdf.moveDown(0.8).fontSize(9).fillColor('#333');
  pdf.text('请将本证张贴于施工户门口，接受维修部、安护部监督检查。 Post this permit at the door of the works; engineering and security inspect them.', left, undefined, { width });
  for (const worker of d.workers) {
    if (!worker.pass) continue;
    pdf.addPage({ size: 'A7', margin: 14, layout: 'landscape' });
    useFont(pdf, font);
    const qr = await QRCode.toBuffer(worker.pass.code, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 160 });
    const l = pdf.page.margins.left;
    const w = pdf.page.width - l - pdf.page.margins.right;
    pdf.fillColor('#000').fontSize(10).text('装修临时出入证 Worker pass', l, pdf.page.margins.top, { width: w });
    pdf.image(qr, l + w - 70, pdf.page.margins.top + 16, { width: 70 });
    pdf.fontSize(8).text(`No. ${worker.pass.number}`, l, pdf.page.margins.top + 18, { width: w - 76 });
    pdf.text(`核验码 Code: ${worker.pass.code}`, { width: w - 76 });
    pdf.text(`姓名 Name: ${worker.name}`, { width: w - 76 });
    pdf.text(`身份证 ID: ${worker.idNumber}`, { width: w - 76 });
    pdf.text(`房号 Unit: ${unit}`, { width: w - 76 });
    pdf.text(`许可证 Permit: ${d.permitNumber}`, { width: w - 76 });
    pdf.text(`有效期 Valid: ${day(worker.pass.validFrom)} – ${day(worker.pass.validTo)}`, { width: w - 76 });
  }
  pdf.end();
  return done;
}
