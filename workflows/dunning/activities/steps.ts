import { Prisma } from '../../../prisma/client';
import { money, refreshLadder, waiveOverdue, type Arrears } from '../../../apps/common/ledger';
import { loadCalendar } from '../../core/activities';
import { nextWorkingMoment } from '../../core/calendar';
import type { DunningActivityDeps, LadderPatch } from '.';

/** What a ladder reads and writes as it steps: its arrears and record, the reminder's text, the posting, a waiver. */
export const createStepActivities = ({ prisma }: DunningActivityDeps) => ({
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
    const sum = await prisma.payment.aggregate({ where: { householdId: input.householdId, receivedAt: { gte: new Date(input.since) }, reversedAt: null }, _sum: { amount: true } });
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
});
