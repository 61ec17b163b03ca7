import crypto from 'node:crypto';
import type { Prisma } from '../../../prisma/client';
import { arrearsOf, money } from '../../../apps/common/ledger';
import { renderPdf } from '../../../apps/common/pdf';
import type { DunningActivityDeps } from '.';

const date = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '-');
const yuan = (v: Prisma.Decimal | number) => money(v).toFixed(2);

export const createLegalBundleActivities = ({ prisma, pdfFont }: DunningActivityDeps) => ({
  /**
   * FEE-6: the case bundle for the lawyers, one PDF on the household file: the ledger, the notices and
   * reminders, the call and visit records, the demand letter with its tracking number, and the approval.
   */
  async buildLegalBundle(input: { ladderId: number; approvedById: number; reason: string }): Promise<number> {
    const ladder = await prisma.dunningLadder.findUniqueOrThrow({ where: { id: input.ladderId } });
    if (ladder.bundleDocumentId) return ladder.bundleDocumentId;
    const [household, bills, payments, messages, tasks, approver] = await Promise.all([
      prisma.household.findUniqueOrThrow({ where: { id: ladder.householdId }, include: { unit: { include: { building: { include: { estate: true } } } } } }),
      prisma.bill.findMany({ where: { householdId: ladder.householdId }, orderBy: { period: 'asc' } }),
      prisma.payment.findMany({ where: { householdId: ladder.householdId }, orderBy: { receivedAt: 'asc' } }),
      prisma.message.findMany({ where: { householdId: ladder.householdId }, orderBy: { createdAt: 'asc' } }),
      prisma.task.findMany({ where: { caseId: ladder.caseId, status: 'COMPLETED' }, orderBy: { completedAt: 'asc' }, include: { completedBy: true } }),
      prisma.staff.findUnique({ where: { id: input.approvedById } }),
    ]);
    const { unit } = household;
    const arrears = await arrearsOf(prisma, household.id);
    const letter = messages.find((m) => m.id === ladder.letterMessageId);
    const pdf = await renderPdf(pdfFont, {
      title: '欠费移交法律途径材料 Legal referral bundle',
      subtitle: `${unit.building.estate.name} ${unit.building.name} ${unit.number} · ${household.name} · ${date(new Date())}`,
      sections: [
        {
          heading: '住户 Household',
          lines: [
            `${household.name}  ${household.phone}`,
            `${unit.building.estate.address} ${unit.building.estate.name} ${unit.building.name} ${unit.number}`,
            `欠费 Overdue: ${arrears.overdue.toFixed(2)}  最早到期 Oldest due: ${arrears.oldestDueDate ?? '-'}`,
            `欠费原因 Reason on file: ${ladder.reason ?? '-'}`,
          ],
        },
        {
          heading: '账单 Bills',
          lines: bills.map((b) => `${b.number}  ${b.period}  应缴 ${yuan(b.amount)}  已缴 ${yuan(b.paid)}  减免 ${yuan(b.waived)}  到期 ${date(b.dueDate)}  ${b.status}`),
        },
        { heading: '缴费 Payments', lines: payments.map((p) => `${p.receiptNumber}  ${date(p.receivedAt)}  ${yuan(p.amount)}  ${p.method}${p.reversedAt ? `  已冲正 Reversed ${date(p.reversedAt)}` : ''}`) },
        {
          heading: '通知与提醒 Notices and reminders',
          lines: messages.map(
            (m) => `${date(m.createdAt)}  ${m.channel}  ${m.template}  ${m.status}${m.sentAt ? ` ${date(m.sentAt)}` : ''}${m.trackingNumber ? `  单号 ${m.trackingNumber} ${date(m.postedAt)}` : ''}`,
          ),
        },
        {
          heading: '电话与上门记录 Calls and visits',
          lines: tasks.map((tk) => `${date(tk.completedAt)}  ${tk.titleZh}  ${tk.completedBy?.displayName ?? ''}  ${JSON.stringify(tk.formData)}`),
        },
        {
          heading: '催缴函 Demand letter',
          lines: letter
            ? [`${date(letter.createdAt)}  特快专递 ${letter.trackingNumber ?? '-'}  寄出 ${date(letter.postedAt)}`, ...letter.body.split('\n')]
            : ['-'],
        },
        { heading: '审批 Approval', lines: [`${approver?.displayName ?? input.approvedById}  ${date(new Date())}`, input.reason] },
      ],
    });
    return prisma.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          householdId: household.id,
          kind: 'LEGAL_BUNDLE',
          title: `欠费移交法律途径材料 Legal referral bundle ${date(new Date())}`,
          fileName: `legal-bundle-${household.id}-${ladder.id}.pdf`,
          mimeType: 'application/pdf',
          sizeBytes: pdf.length,
          sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
          content: new Uint8Array(pdf),
          uploadedById: input.approvedById,
        },
      });
      await tx.dunningLadder.update({ where: { id: ladder.id }, data: { bundleDocumentId: document.id } });
      return document.id;
    });
  },
});
