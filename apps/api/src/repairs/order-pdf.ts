import PDFDocument from 'pdfkit';
import { money } from '../../../common/ledger';
import { useFont, type PdfFont } from '../../../common/pdf';
import type { RepairCategory } from '../../../../workflows/repair/policy';
import type { RepairForPdf } from './repairs.service';

/** REP-8: the three copies of a work order (seed 001 §VII: the resident's, engineering's, customer service's). */
const COPIES = ['第一联 住户联 · Copy 1: Resident', '第二联 工程部联 · Copy 2: Engineering', '第三联 客服中心联 · Copy 3: Customer service'];

const local = (d: Date | null | undefined) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

const KIND = { FREE: '免费维修（保修期内）· Free repair (under warranty)', PAID: '有偿服务 · Paid service' };

/**
 * The printable order: one A4 page per copy, each with the serial, the resident's data, the problem, the
 * agreed time, the charge, and boxes for the work done, materials, hours and the resident's signature.
 * What the process has already recorded is printed in the boxes; empty boxes are filled in by hand.
 */
export function renderRepairOrder(font: PdfFont, order: RepairForPdf, category: RepairCategory | undefined): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `维修工作单 Work order ${order.serial}` } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  useFont(pdf, font);
  const estate = order.household?.unit.building.estate.name ?? '';
  const rows: [string, string][] = [
    ['报修人 Reported by', `${order.reporterName}  ${order.phone}`],
    ['地点 Where', order.location + (order.publicArea ? '（公共区域 public area）' : '')],
    ['类别 Category', category ? `${category.name.zh} ${category.name.en}` : order.category],
    ['约定时间 Agreed time', order.emergency ? '紧急，立即上门 Emergency: at once' : `${local(order.appointmentFrom)} – ${local(order.appointmentTo).slice(11)} (UTC+8)`],
    ['登记 Registered', `${local(order.createdAt)}${order.receivedBy ? ` · ${order.receivedBy.displayName}` : ''}`],
    ['性质 Register', KIND[order.kind] + (order.warrantyUntil ? ` · 保修至 warranty until ${order.warrantyUntil.toISOString().slice(0, 10)}` : '')],
    ['收费 Charge', order.charge === null ? '无 None' : `¥ ${money(order.charge).toFixed(2)}（住户已确认 accepted by the resident ${local(order.chargeAcceptedAt)}）`],
  ];
  const boxes: [string, string, number][] = [
    ['维修情况 Work done', order.workDone ?? '', 90],
    ['所用材料 Materials', order.materials ?? '', 50],
    ['工时 Hours / 维修人员 Engineer', `${order.hours === null ? '' : `${money(order.hours)} h`}${order.engineer ? ` · ${order.engineer.displayName}` : ''}`, 28],
    ['到场 Arrived / 完工 Completed', `${local(order.arrivedAt)}${order.completedAt ? ` / ${local(order.completedAt)}` : ''}`, 28],
    ["住户签字 Resident's signature / 日期 Date", order.residentConfirmed ? '住户已确认 Confirmed by the resident' : '', 40],
  ];
  COPIES.forEach((copy, i) => {
    if (i > 0) pdf.addPage();
    const left = pdf.page.margins.left;
    const width = pdf.page.width - left - pdf.page.margins.right;
    pdf.fontSize(17).text('维修工作单 Repair work order', { align: 'center' });
    pdf.moveDown(0.2).fontSize(10).fillColor('#555').text(`${estate ? `${estate} · ` : ''}${copy}`, { align: 'center' }).fillColor('#000');
    pdf.moveDown(0.4).fontSize(14).text(`No. ${order.serial}`, { align: 'right' });
    if (order.status === 'VOIDED') pdf.fontSize(12).fillColor('#b00').text(`作废 VOIDED: ${order.voidReason ?? ''}`).fillColor('#000');
    pdf.moveDown(0.5).fontSize(10);
    for (const [label, value] of rows) {
      const y = pdf.y;
      pdf.text(label, left, y, { width: 150 });
      pdf.text(value, left + 155, y, { width: width - 155 });
      pdf.moveDown(0.3);
    }
    pdf.moveDown(0.3).fontSize(11).text('报修内容 The problem', left);
    pdf.fontSize(10).text(order.description, { width });
    pdf.moveDown(0.6);
    for (const [label, value, height] of boxes) {
      pdf.fontSize(10).text(label, left);
      const top = pdf.y + 2;
      pdf.rect(left, top, width, height).stroke();
      if (value) pdf.text(value, left + 6, top + 5, { width: width - 12, height: height - 8 });
      pdf.y = top + height + 8;
      pdf.x = left;
    }
  });
  pdf.end();
  return done;
}
