import crypto from 'node:crypto';
import { Context } from '@temporalio/activity';
import { Prisma, type PrismaClient } from '../../prisma/client';
import { arrearsOf, localToday, money, refreshLadder, waiveOverdue, type Arrears } from '../../apps/common/ledger';
import { renderPdf, type PdfFont } from '../../apps/common/pdf';
import { loadCalendar, loadPolicy } from '../core/activities';
import { nextWorkingMoment } from '../core/calendar';
import type { Starter } from '../core/starter';
import { DEFAULT_DUNNING_POLICY, type DunningPolicy, type LadderStep, type StopReason } from './policy';

export interface DunningActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
  pdfFont: PdfFont;
}

/** What a ladder changes on its record in the overdue list (dates as ISO strings). */
export interface LadderPatch {
  step?: LadderStep;
  status?: 'ACTIVE' | 'PAUSED' | 'HELD';
  reason?: string;
  promisedDate?: string | null;
  pauseReason?: string | null;
  pausedUntil?: string | null;
  holdComplaintId?: number | null;
  agreement?: Record<string, unknown> | null;
  noticeAt?: string;
  letterMessageId?: number;
  bundleDocumentId?: number;
  stop?: StopReason;
}

const PAGE = 200;
const date = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '-');
const yuan = (v: Prisma.Decimal | number) => money(v).toFixed(2);

/** Workflow id of a household's ladder: one per household and first unpaid bill, so a sweep never opens two. */
export const dunningWorkflowId = (householdId: number, billId: number) => `dunning-${householdId}-${billId}`;

export const createDunningActivities = ({ prisma, starter, pdfFont }: DunningActivityDeps) => ({
  /** The daily sweep: every household with an overdue bill and no open ladder gets one. */
  async startLadders(input: { afterHouseholdId: number; householdIds?: number[] }): Promise<{ last: number | null; started: number }> {
    const today = localToday(Date.now(), (await loadCalendar(prisma)).utcOffsetMinutes);
    const only = input.householdIds?.length ? input.householdIds : null;
    if (input.afterHouseholdId === 0 && !only) {
      // Bills fall due every month: the overdue list's amounts and ages follow, for ladders already open.
      await prisma.$executeRaw`
        UPDATE "DunningLadder" l SET "overdueAmount" = x.amount, "oldestDueDate" = x.oldest
        FROM (SELECT "householdId", SUM(amount - paid - waived) AS amount, MIN("dueDate") AS oldest
              FROM "Bill" WHERE status = 'OPEN' AND "dueDate" < ${today} GROUP BY "householdId") x
        WHERE l.status <> 'STOPPED' AND l."householdId" = x."householdId"`;
    }
    const rows = await prisma.$queryRaw<{ householdId: number; billId: number }[]>`
      SELECT b."householdId", (array_agg(b.id ORDER BY b."dueDate", b.id))[1] AS "billId"
      FROM "Bill" b
      WHERE b.status = 'OPEN' AND b."dueDate" < ${today} AND b."householdId" > ${input.afterHouseholdId}
        AND (${only}::int[] IS NULL OR b."householdId" = ANY(${only}::int[]))
        AND NOT EXISTS (SELECT 1 FROM "DunningLadder" l WHERE l."householdId" = b."householdId" AND l.status <> 'STOPPED')
      GROUP BY b."householdId" ORDER BY b."householdId" LIMIT ${PAGE}`;
    let started = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < rows.length) {
          const row = rows[next++];
          const id = dunningWorkflowId(row.householdId, row.billId);
          if (await starter.start('dunningWorkflow', id, [{ householdId: row.householdId, delivery: starter.delivery }])) started++;
          if (started % 50 === 0) Context.current().heartbeat(started);
        }
      }),
    );
    return { last: rows.length < PAGE ? null : rows[rows.length - 1].householdId, started };
  },

  /** Files the ladder and its case (once per workflow), with the dunning policy in force now. */
  async openLadder(input: { householdId: number }): Promise<{ caseId: number; ladderId: number; policy: DunningPolicy } | null> {
    const { workflowId } = Context.current().info.workflowExecution!;
    const policy = await loadPolicy(prisma, 'dunning', DEFAULT_DUNNING_POLICY);
    const existing = await prisma.dunningLadder.findUnique({ where: { workflowId } });
    if (existing) return { caseId: existing.caseId, ladderId: existing.id, policy: policy.data };
    const arrears = await arrearsOf(prisma, input.householdId);
    if (arrears.overdue <= 0 || !arrears.oldestDueDate) return null;
    const household = await prisma.household.findUniqueOrThrow({ where: { id: input.householdId }, include: { unit: true } });
    try {
      return await prisma.$transaction(async (tx) => {
        const kase = await tx.case.create({
          data: {
            process: 'dunning',
            workflowId,
            titleZh: `欠费催缴：${household.name}（${household.unit.number}）`,
            titleEn: `Arrears: ${household.name} (${household.unit.number})`,
            householdId: household.id,
            policyKey: 'dunning',
            policyVersion: policy.version,
          },
        });
        const ladder = await tx.dunningLadder.create({
          data: {
            householdId: household.id,
            caseId: kase.id,
            workflowId,
            overdueAmount: arrears.overdue,
            oldestDueDate: new Date(arrears.oldestDueDate!),
          },
        });
        await tx.timelineEntry.create({
          data: {
            key: `${workflowId}:started`,
            caseId: kase.id,
            type: 'LADDER_STARTED',
            data: { overdueAmount: arrears.overdue, oldestDueDate: arrears.oldestDueDate, periods: arrears.periods },
          },
        });
        return { caseId: kase.id, ladderId: ladder.id, policy: policy.data };
      });
    } catch (error) {
      // Another ladder of this household is open (one open ladder per household): this one does not start.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null;
      throw error;
    }
  },

  async ladderArrears(input: { householdId: number }): Promise<Arrears> {
    return (await refreshLadder(prisma, input.householdId)).arrears;
  },

  /** A change on the ladder's record and its timeline entry, together; a retry finds the entry and stops. */
  async ladderEvent(input: {
    ladderId: number;
    caseId: number;
    key: string;
    type: string;
    data: Record<string, unknown>;
    patch: LadderPatch;
    actorId: number | null;
  }): Promise<void> {
    const { patch } = input;
    const at = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));
    await prisma.$transaction(async (tx) => {
      const written = await tx.timelineEntry.createMany({
        data: [{ key: input.key, caseId: input.caseId, type: input.type, actorId: input.actorId, data: input.data as Prisma.InputJsonValue }],
        skipDuplicates: true,
      });
      if (!written.count) return;
      await tx.dunningLadder.update({
        where: { id: input.ladderId },
        data: {
          ...(patch.step ? { step: patch.step, stepAt: new Date() } : {}),
          ...(patch.status ? { status: patch.status } : {}),
          ...(patch.reason !== undefined ? { reason: patch.reason } : {}),
          promisedDate: at(patch.promisedDate),
          pauseReason: patch.pauseReason,
          pausedUntil: at(patch.pausedUntil),
          holdComplaintId: patch.holdComplaintId,
          ...(patch.agreement !== undefined ? { agreement: patch.agreement === null ? Prisma.DbNull : (patch.agreement as Prisma.InputJsonValue) } : {}),
          noticeAt: at(patch.noticeAt),
          letterMessageId: patch.letterMessageId,
          bundleDocumentId: patch.bundleDocumentId,
          ...(patch.stop ? { status: 'STOPPED', stoppedAt: new Date(), stopReason: patch.stop, pausedUntil: null } : {}),
        },
      });
    });
  },

  /**
   * Before a reminder or letter: what is overdue, the next moment it may go out (now in business hours,
   * otherwise the next working morning), and what it says: amount, periods, the deadline, the phone notice.
   */
  async reminderPlan(input: { householdId: number; payWithinDays: number; noticeAt?: string }): Promise<{ overdue: number; workingAt: number; params: Record<string, string> }> {
    const [{ arrears }, household, calendar] = await Promise.all([
      refreshLadder(prisma, input.householdId),
      prisma.household.findUniqueOrThrow({ where: { id: input.householdId }, include: { unit: { include: { building: true } } } }),
      loadCalendar(prisma),
    ]);
    const now = Date.now();
    const day = (t: number) => new Date(t + calendar.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
    const periods = arrears.periods.length > 3 ? `${arrears.periods[0]} – ${arrears.periods[arrears.periods.length - 1]}` : arrears.periods.join(', ');
    return {
      overdue: arrears.overdue,
      // 0 while in business hours: the workflow's clock may lag this one by the length of its task.
      workingAt: ((at) => (at <= now ? 0 : at))(nextWorkingMoment(now, calendar)),
      params: {
        amount: arrears.overdue.toFixed(2),
        periods,
        deadline: day(now + input.payWithinDays * 86_400_000),
        unit: `${household.unit.building.name} ${household.unit.number}`,
        today: day(now),
        noticeDate: input.noticeAt ? day(Date.parse(input.noticeAt)) : '-',
      },
    };
  },

  /** FEE-4: the express mail's tracking number and date stay on the letter as evidence. */
  async recordPosting(input: { messageId: number; trackingNumber: string; postedAt: string; caseId: number; key: string }): Promise<void> {
    await prisma.$transaction([
      prisma.message.update({ where: { id: input.messageId }, data: { trackingNumber: input.trackingNumber, postedAt: new Date(input.postedAt) } }),
      prisma.timelineEntry.createMany({
        data: [{ key: input.key, caseId: input.caseId, type: 'LETTER_POSTED', messageId: input.messageId, data: { trackingNumber: input.trackingNumber, postedAt: input.postedAt, messageId: input.messageId } }],
        skipDuplicates: true,
      }),
    ]);
  },

  /** FEE-5: the paying household lives in the estate: an occupied unit, and no tenant in its place. */
  async livesInEstate(input: { householdId: number }): Promise<boolean> {
    const household = await prisma.household.findUniqueOrThrow({ where: { id: input.householdId }, include: { unit: { include: { households: true } } } });
    if (!household.active || household.unit.status !== 'OCCUPIED') return false;
    if (household.occupancy === 'TENANT') return true;
    return !household.unit.households.some((h) => h.active && h.occupancy === 'TENANT' && h.id !== household.id);
  },

  async complaintSettled(input: { complaintId: number }): Promise<boolean> {
    const complaint = await prisma.complaint.findUnique({ where: { id: input.complaintId } });
    return !complaint || complaint.status !== 'OPEN';
  },

  /** Paid by the household since an instalment agreement was made. */
  async paidSince(input: { householdId: number; since: string }): Promise<number> {
    const sum = await prisma.payment.aggregate({ where: { householdId: input.householdId, receivedAt: { gte: new Date(input.since) } }, _sum: { amount: true } });
    return money(sum._sum.amount ?? 0);
  },

  /** A manager writes the overdue bills off. */
  async waive(input: { ladderId: number; caseId: number; householdId: number; reason: string; actorId: number; key: string }): Promise<number> {
    return prisma.$transaction(async (tx) => {
      const done = await tx.timelineEntry.findUnique({ where: { key: input.key } });
      if (done) return (done.data as { amount: number }).amount;
      const amount = await waiveOverdue(tx, input.householdId);
      await tx.timelineEntry.create({ data: { key: input.key, caseId: input.caseId, type: 'ARREARS_WAIVED', actorId: input.actorId, data: { amount, reason: input.reason } } });
      await tx.dunningLadder.update({ where: { id: input.ladderId }, data: { overdueAmount: 0 } });
      return amount;
    });
  },

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
        { heading: '缴费 Payments', lines: payments.map((p) => `${p.receiptNumber}  ${date(p.receivedAt)}  ${yuan(p.amount)}  ${p.method}`) },
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

export type DunningActivities = ReturnType<typeof createDunningActivities>;
