/**
 * The money side at the scale of a large estate, on one worker:
 *  1. a billing cycle for N households: bills issued and N fee notices queued and sent through the outbox;
 *  2. N dunning ladders open at once (every household in arrears): the sweep opens them, they wait,
 *     then all send their SMS reminder and open the phone-call task at the same moment.
 *
 *   npx tsx bench/fees-scale.ts [households=10000] [remindAfterSeconds=120]
 *
 * Runs on a throw-away database and its own Temporal dev server (or TEMPORAL_ADDRESS), with one worker
 * in this process, like production's single-worker set-up. SMS go to the recording provider.
 */
import type { PrismaClient } from '../prisma/client';
import { seedChargeItems } from '../prisma/seed';
import { DEFAULT_DUNNING_POLICY } from '../workflows/dunning/policy';
import { benchStack } from './stack';

const HOUSEHOLDS = Number(process.argv[2] ?? 10_000);
const REMIND_AFTER_S = Number(process.argv[3] ?? 120);
const PERIOD = '2025-01';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Polls until `count()` reaches `target`, printing progress; returns the time taken. */
async function until(what: string, count: () => Promise<number>, target: number, since: number, limitS = 1800): Promise<number> {
  let last = -1;
  for (;;) {
    const n = await count();
    if (n !== last && (n === target || Date.now() % 10 < 3)) console.log(`  ${what}: ${n}/${target} after ${seconds(Date.now() - since)}`);
    last = n;
    if (n >= target) return Date.now() - since;
    if (Date.now() - since > limitS * 1000) throw new Error(`${what}: only ${n} of ${target} in ${limitS} s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function seedHouseholds(prisma: PrismaClient) {
  const estate = await prisma.estate.create({ data: { name: '压测花园 Bench Gardens', address: '压测路 1 号' } });
  const perBuilding = 500;
  for (let b = 0; b * perBuilding < HOUSEHOLDS; b++) {
    const building = await prisma.building.create({ data: { estateId: estate.id, code: `B${b + 1}`, name: `${b + 1}栋`, floors: 25 } });
    const count = Math.min(perBuilding, HOUSEHOLDS - b * perBuilding);
    const units = await prisma.unit.createManyAndReturn({
      data: Array.from({ length: count }, (_, i) => ({
        buildingId: building.id,
        number: `${b + 1}-${String(i + 1).padStart(4, '0')}`,
        floor: 1 + Math.floor(i / 20),
        areaSqm: 60 + (i % 7) * 15,
        status: i % 23 === 0 ? ('CUSTODY' as const) : ('OCCUPIED' as const),
      })),
      select: { id: true },
    });
    await prisma.household.createMany({
      data: units.map((u, i) => ({ unitId: u.id, occupancy: 'OWNER' as const, name: `住户${b + 1}-${i + 1}`, phone: `138${String(10_000_000 + b * perBuilding + i).slice(-8)}`, language: i % 10 === 0 ? ('en' as const) : ('zh' as const) })),
    });
  }
  await seedChargeItems(prisma);
}

async function main() {
  const { prisma, client, taskQueue, stop } = await benchStack(require.resolve('../workflows'), 20);
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 500);
  const results: Record<string, unknown> = { households: HOUSEHOLDS };

  try {
    console.log(`Seeding ${HOUSEHOLDS} households…`);
    await seedHouseholds(prisma);
    // Every hour is business time, so the reminders go out whenever the bench runs.
    await prisma.policy.create({ data: { key: 'calendar', version: 1, data: { utcOffsetMinutes: 480, workdays: [0, 1, 2, 3, 4, 5, 6], workStart: '00:00', workEnd: '24:00' } } });
    await prisma.policy.create({ data: { key: 'dunning', version: 1, data: { ...DEFAULT_DUNNING_POLICY, remindAfter: `PT${REMIND_AFTER_S}S` } } });

    console.log('1. Billing cycle');
    const billingStart = Date.now();
    await client.workflow.start('billingCycleWorkflow', { workflowId: `bench-billing-${PERIOD}`, taskQueue, args: [{ period: PERIOD, trigger: 'MANUAL' }] });
    const billed = await until('bills issued', () => prisma.bill.count(), HOUSEHOLDS, billingStart);
    await client.workflow.getHandle(`bench-billing-${PERIOD}`).result();
    const runDone = Date.now() - billingStart;
    const sent = await until('notices sent', () => prisma.message.count({ where: { template: 'fee-notice', status: 'SENT' } }), HOUSEHOLDS, billingStart);
    Object.assign(results, { billsIssued: seconds(billed), billingRunCompleted: seconds(runDone), noticesSent: seconds(sent) });

    console.log('2. Dunning ladders');
    const sweepStart = Date.now();
    await client.workflow.start('arrearsSweepWorkflow', { workflowId: 'bench-sweep', taskQueue, args: [{}] });
    const opened = await until('ladders open', () => prisma.dunningLadder.count(), HOUSEHOLDS, sweepStart);
    const openRss = process.memoryUsage().rss;
    results.laddersOpened = seconds(opened);
    results.workerRssWithOpenLadders = mb(openRss);
    const firstStarted = (await prisma.dunningLadder.findFirstOrThrow({ orderBy: { startedAt: 'asc' } })).startedAt.getTime();
    const remindersDue = firstStarted + REMIND_AFTER_S * 1000;
    if (remindersDue < Date.now()) console.log('  (the reminders fell due while ladders were still opening; raise remindAfterSeconds for a clean step)');
    await until('reminders queued', () => prisma.message.count({ where: { template: 'dunning-reminder' } }), HOUSEHOLDS, remindersDue);
    const calls = await until('call tasks open', () => prisma.task.count({ where: { key: 'call-1', status: 'OPEN' } }), HOUSEHOLDS, remindersDue);
    const smsSent = await until('reminders sent', () => prisma.message.count({ where: { template: 'dunning-reminder', status: 'SENT' } }), HOUSEHOLDS, remindersDue);
    Object.assign(results, { allCallTasksOpenAfterDue: seconds(calls), allRemindersSentAfterDue: seconds(smsSent) });
    const histories = await Promise.all(
      (await prisma.dunningLadder.findMany({ take: 5, orderBy: { id: 'asc' } })).map(async (l) => (await client.workflow.getHandle(l.workflowId).describe()).historyLength),
    );
    Object.assign(results, { ladderHistoryEvents: Math.max(...histories), workerPeakRss: mb(peakRss) });
    console.log(JSON.stringify(results));
  } finally {
    clearInterval(sampler);
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
