import PDFDocument from 'pdfkit';
import { useFont, type PdfFont } from '../../../common/pdf';
import type { InspectionParty } from './templates';
import type { InspectionRecord } from './inspections';

/** China time, "YYYY-MM-DD HH:MM". */
const local = (d: Date | null | undefined) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

const CONDITION: Record<string, string> = { GOOD: '合格 Good', DEFECT: '缺陷 Defect', NOT_APPLICABLE: '不适用 N/A' };
const METER: Record<string, string> = { WATER: '水表 Water', ELECTRICITY: '电表 Electricity', GAS: '燃气表 Gas' };

export type ReportInspection = InspectionRecord & { repairSerials: Record<number, string>; estate: string };

/**
 * The printed inspection report (MOV-5), in Chinese and English: every item room by room with its condition,
 * a defect's note, photos and repair order; the meter readings; and the confirmation of each party (name and
 * time), or a blank line where a party has not confirmed yet.
 */
export async function renderInspectionReport(font: PdfFont, inspection: ReportInspection): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `${inspection.titleZh} ${inspection.titleEn}` } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  useFont(pdf, font);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  pdf.fontSize(16).text('验房报告 Inspection report', { align: 'center' });
  pdf.moveDown(0.2).fontSize(10).fillColor('#555').text(`${inspection.estate} · ${inspection.titleZh} · ${inspection.titleEn}`, { align: 'center' }).fillColor('#000');
  pdf.moveDown(0.2).text(`No. ${inspection.id} · ${local(inspection.createdAt)} (UTC+8)`, { align: 'center' });

  let room = '';
  for (const item of inspection.items) {
    if (item.roomCode !== room) {
      room = item.roomCode;
      pdf.moveDown(0.6).fontSize(12).text(`${item.roomZh} ${item.roomEn}`, left);
      pdf.fontSize(9.5);
    }
    const condition = item.condition ? CONDITION[item.condition] : '未检 Not checked';
    pdf.text(`· ${item.labelZh} ${item.labelEn}: ${condition}`, left + 10, undefined, { width: width - 10 });
    if (item.condition === 'DEFECT') {
      const order = item.repairOrderId ? inspection.repairSerials[item.repairOrderId] : undefined;
      const details = [
        item.note ?? '',
        item.photos.length ? `照片 Photos: ${item.photos.length}` : '',
        order ? `维修单 Repair order: ${order}` : '',
        item.signedOffAt ? `复验签收 Signed off: ${item.signedOffBy} ${local(item.signedOffAt)}` : '',
      ].filter(Boolean);
      pdf.fillColor('#a00').text(details.join(' · '), left + 24, undefined, { width: width - 24 }).fillColor('#000');
    }
  }

  pdf.moveDown(0.8).fontSize(12).text('表底数 Meter readings', left);
  pdf.fontSize(10);
  const readings = (inspection.meterReadings ?? {}) as Record<string, number>;
  const meters = inspection.meters as string[];
  for (const meter of meters) pdf.text(`${METER[meter] ?? meter}: ${readings[meter] ?? '—'}`, left + 10);
  if (!meters.length) pdf.text('—', left + 10);

  pdf.moveDown(0.8).fontSize(12).text('双方确认 Confirmations', left);
  pdf.fontSize(10);
  for (const party of inspection.parties as unknown as InspectionParty[]) {
    const c = inspection.confirmations.find((x) => x.party === party.code);
    pdf.moveDown(0.3).text(`${party.label.zh} ${party.label.en}: ${c ? `${c.name}  ${local(c.confirmedAt)}` : '____________________'}`, left + 10);
  }
  const defects = inspection.items.filter((i) => i.condition === 'DEFECT').length;
  pdf.moveDown(0.8).fontSize(9).fillColor('#333').text(`共 ${inspection.items.length} 项，缺陷 ${defects} 项。 ${inspection.items.length} items, ${defects} defects.`, left, undefined, { width });
  pdf.end();
  return done;
}
