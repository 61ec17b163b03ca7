import { Context } from '@temporalio/activity';
import { Prisma, type Channel, type PrismaClient } from '../../prisma/client';
import { applyCredit, money } from '../../apps/common/ledger';
import { householdAddress, loadPolicy } from '../core/activities';
import type { Starter } from '../core/starter';
import { renderTemplate } from '../outbox/templates';
import { DEFAULT_FEE_POLICY, dueDateOf, type FeePolicy } from './policy';

export interface BillingActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
}

const PAGE = 500;
const Decimal = Prisma.Decimal;

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** What a billing run has issued so far, counted from its bills (a retried page is never counted twice). */
export async function billingRunFigures(prisma: PrismaClient, runId: number) {
  const [issued, noticesQueued] = await Promise.all([
    prisma.bill.aggregate({ where: { runId }, _count: true, _sum: { amount: true } }),
    prisma.bill.count({ where: { runId, noticeId: { not: null } } }),
  ]);
  return { billsIssued: issued._count, noticesQueued, amountIssued: money(issued._sum.amount ?? 0) };
}

/**
 * FEE-1 and FEE-8: the billing cycle's database side. One bill per unit and period (a unique key), so a
 * second run of a period finds the bills already there and issues nothing twice.
 */
/**
 * One line of a fee notice. FEE-8: a reduced line says why and how, so a resident of a unit in custody
 * reads "70%" on the notice itself instead of calling to ask why the fee is lower.
 */
export function noticeLine(
  line: { nameZh: string; nameEn: string; basis: string; quantity: Prisma.Decimal | number; rate: Prisma.Decimal | number; ratio: Prisma.Decimal | number; amount: Prisma.Decimal | number },
  en: boolean,
): string {
  const text = `${en ? line.nameEn : line.nameZh} ${money(line.amount).toFixed(2)}`;
  const ratio = Number(line.ratio);
  if (ratio >= 1) return text;
  const percent = `${Math.round(ratio * 100)}%`;
  const unit = line.basis === 'AREA' ? ' m²' : '';
  const how = `${money(line.quantity)}${unit} × ${money(line.rate).toFixed(2)} × ${percent}`;
  return en ? `${text} (unit in custody: ${percent} of the fee, ${how})` : `${text}（托管房按 ${percent} 收取：${how}）`;
}

export const createBillingActivities = ({ prisma, starter }: BillingActivityDeps) => ({
  async openBillingRun(input: { period: string; trigger: string; startedById?: number }): Promise<{ runId: number; policy: FeePolicy }> {
    const { workflowId } = Context.current().info.workflowExecution!;
    const run = await prisma.billingRun.upsert({
      where: { workflowId },
      update: {},
      create: { workflowId, period: input.period, trigger: input.trigger, startedById: input.startedById ?? null },
    });
    return { runId: run.id, policy: (await loadPolicy(prisma, 'fee', DEFAULT_FEE_POLICY)).data };
  },

  /**
   * Bills the next page of units after `afterUnitId`: each unit's paying household (the owner, or the
   * tenant where no owner is on file). Returns the bills of the page still without a notice.
   */
  async billPage(input: { runId: number; period: string; afterUnitId: number; policy: FeePolicy }): Promise<{ lastUnitId: number | null; billIds: number[] }> {
    const { runId, period, policy } = input;
    const units = await prisma.unit.findMany({
      where: { id: { gt: input.afterUnitId }, households: { some: { active: true } } },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: {
        id: true,
        areaSqm: true,
        status: true,
        households: { where: { active: true }, select: { id: true, occupancy: true }, orderBy: { id: 'asc' } },
      },
    });
    if (!units.length) return { lastUnitId: null, billIds: [] };
    const [items, readings] = await Promise.all([
      prisma.chargeItem.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
      prisma.meterReading.findMany({ where: { period, unitId: { in: units.map((u) => u.id) } } }),
    ]);
    const reading = new Map(readings.map((r) => [`${r.unitId}:${r.chargeItemId}`, r.quantity]));
    const dueDate = new Date(dueDateOf(period, policy));

    const drafts = units.flatMap((unit) => {
      const payer = unit.households.find((h) => h.occupancy === 'OWNER') ?? unit.households[0];
      const lines = items.flatMap((item) => {
        const quantity =
          item.basis === 'AREA' ? unit.areaSqm : item.basis === 'FIXED' ? new Decimal(1) : reading.get(`${unit.id}:${item.id}`);
        if (!quantity) return [];
        const ratio = item.custodyReduced && unit.status === 'CUSTODY' ? new Decimal(policy.custodyRatio) : new Decimal(1);
        const amount = quantity.times(item.rate).times(ratio).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        return [{ code: item.code, nameZh: item.nameZh, nameEn: item.nameEn, basis: item.basis, quantity, rate: item.rate, ratio, amount }];
      });
      const amount = lines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0));
      return amount.gt(0) ? [{ unitId: unit.id, householdId: payer.id, amount, lines }] : [];
    });

    await prisma.$transaction(
      async (tx) => {
        const created = await tx.bill.createManyAndReturn({
          data: drafts.map((d) => ({
            number: `B${period.replace('-', '')}-${String(d.unitId).padStart(6, '0')}`,
            householdId: d.householdId,
            unitId: d.unitId,
            period,
            runId,
            dueDate,
            amount: d.amount,
          })),
          skipDuplicates: true,
          select: { id: true, unitId: true },
        });
        const byUnit = new Map(drafts.map((d) => [d.unitId, d]));
        await tx.billLine.createMany({ data: created.flatMap((bill) => byUnit.get(bill.unitId)!.lines.map((line) => ({ billId: bill.id, ...line }))) });
        // Money paid in advance settles the new bills at once.
        await applyCredit(tx, created.map((bill) => byUnit.get(bill.unitId)!.householdId));
      },
      { timeout: 60_000 },
    );
    const waiting = await prisma.bill.findMany({
      where: { period, unitId: { in: units.map((u) => u.id) }, noticeId: null },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    return { lastUnitId: units.length < PAGE ? null : units[units.length - 1].id, billIds: waiting.map((b) => b.id) };
  },

  /** FEE-1: the fee notice of each bill, in the household's language, by its notice channel, through the outbox. */
  async queueNotices(input: { billIds: number[] }): Promise<number> {
    const bills = await prisma.bill.findMany({
      where: { id: { in: input.billIds }, noticeId: null },
      include: { lines: true, household: { include: { unit: { include: { building: { include: { estate: true } } } } } } },
    });
    const messages = bills.map((bill) => {
      const h = bill.household;
      const channel: Channel = h.noticeChannel === 'EMAIL' && !h.email ? 'SMS' : h.noticeChannel;
      const { unit } = h;
      const address = householdAddress(h, channel)!;
      const en = h.language === 'en';
      const rendered = renderTemplate('fee-notice', channel, h.language, {
        name: h.name,
        unit: `${unit.building.name} ${unit.number}`,
        period: bill.period,
        amount: money(bill.amount).toFixed(2),
        dueDate: bill.dueDate.toISOString().slice(0, 10),
        bill: bill.number,
        lines: bill.lines.map((l) => noticeLine(l, en)).join(en ? '; ' : '；'),
      });
      return {
        idempotencyKey: `bill-notice:${bill.id}`,
        householdId: h.id,
        channel,
        recipient: address,
        recipientName: h.name,
        template: 'fee-notice',
        language: h.language,
        subject: rendered.subject,
        body: rendered.body,
      };
    });
    await prisma.message.createMany({ data: messages, skipDuplicates: true });
    await prisma.$executeRaw`
      UPDATE "Bill" b SET "noticeId" = m.id FROM "Message" m
      WHERE m."idempotencyKey" = 'bill-notice:' || b.id AND b.id = ANY(${input.billIds}) AND b."noticeId" IS NULL`;
    const queued = await prisma.message.findMany({
      where: { idempotencyKey: { in: input.billIds.map((id) => `bill-notice:${id}`) }, status: 'QUEUED' },
      select: { id: true },
    });
    let done = 0;
    await inParallel(queued, 16, async ({ id }) => {
      await starter.start('messageDeliveryWorkflow', `message-${id}`, [{ messageId: id, delivery: starter.delivery }]);
      if (++done % 50 === 0) Context.current().heartbeat(done);
    });
    return queued.length;
  },

  /** The run's figures, counted from its bills, so a retried page is never counted twice. */
  async finishBillingRun(input: { runId: number; error?: string }): Promise<void> {
    const run = await prisma.billingRun.findUniqueOrThrow({ where: { id: input.runId } });
    const [households, figures] = await Promise.all([prisma.bill.count({ where: { period: run.period } }), billingRunFigures(prisma, run.id)]);
    await prisma.billingRun.update({
      where: { id: run.id },
      data: { status: input.error ? 'FAILED' : 'COMPLETED', error: input.error ?? null, finishedAt: new Date(), households, ...figures },
    });
  },
});

export type BillingActivities = ReturnType<typeof createBillingActivities>;
