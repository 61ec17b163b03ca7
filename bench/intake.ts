/**
 * Intake against raw starts: how many complaints a second the API takes (validation, the case and the
 * complaint stored, the workflow started, the answer sent back) beside how many bare workflow starts a
 * second the Temporal server accepts, both at the same concurrency, on either shape of the server.
 *
 *   npx tsx bench/intake.ts [count=500] [concurrency=16]
 *   TEMPORAL_SHAPE=server npx tsx bench/intake.ts      (the Temporal server on PostgreSQL)
 *
 * Runs on a throw-away database, with the API built and started as in production and one worker.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_STAFF, seedStaff } from '../prisma/seed';
import type { CoreDemoInput } from '../test/support/core-demo.workflow';
import { benchStack, builtApi } from './stack';

const COUNT = Number(process.argv[2] ?? 500);
const CONCURRENCY = Number(process.argv[3] ?? 16);

/** Runs `work(i)` for i in 0..count-1, `concurrency` at a time; returns the calls per second. */
async function rate(count: number, concurrency: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
  return count / ((Date.now() - started) / 1000);
}

async function main() {
  const stack = await benchStack(require.resolve('../test/support/workflows'));
  const api = await builtApi({ DATABASE_URL: stack.databaseUrl, TEMPORAL_ADDRESS: stack.temporalAddress, TEMPORAL_TASK_QUEUE: stack.taskQueue });
  const { url } = api;
  try {
    const password = `bench-${randomBytes(6).toString('hex')}`;
    await seedStaff(stack.prisma, Object.fromEntries(DEMO_STAFF.map((s) => [s.username, password])));
    const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'reception', password }) });
    const { token } = (await login.json()) as { token: string };
    const estate = await stack.prisma.estate.create({ data: { name: '压测花园', address: '压测路 1 号' } });
    const household = await stack.prisma.household.create({
      data: { occupancy: 'OWNER', name: '压测业主', phone: '13800000000', unit: { create: { number: '1-101', floor: 1, areaSqm: 90, building: { create: { estateId: estate.id, code: '1', name: '1栋', floors: 6 } } } } },
    });

    const intake = await rate(COUNT, CONCURRENCY, async (i) => {
      const res = await fetch(`${url}/complaints`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          householdId: household.id,
          complainantName: household.name,
          phone: household.phone,
          channel: 'HOTLINE',
          occurredAt: new Date().toISOString(),
          place: '1栋大堂',
          subject: `压测 ${i}`,
          department: 'ENGINEERING',
          description: '大堂的灯晚上不亮。',
          request: '尽快修好',
          tier: 'MINOR',
          confirmedWithResident: true,
        }),
      });
      if (res.status !== 201) throw new Error(`intake ${i}: ${res.status} ${await res.text()}`);
    });

    const prefix = randomBytes(3).toString('hex');
    const raw = await rate(COUNT, CONCURRENCY, async (i) => {
      const input: CoreDemoInput = {
        caseId: 0,
        delivery: { maximumAttempts: 1, initialIntervalMs: 1000 },
        policy: { task: { key: 'review', title: { zh: '审核', en: 'Review' }, candidate: { role: 'RECEPTION' }, deadlines: [] } },
      };
      await stack.client.workflow.start('coreDemoWorkflow', { workflowId: `raw-${prefix}-${i}`, taskQueue: `${stack.taskQueue}-idle`, args: [input] });
    });
    console.log(JSON.stringify({ count: COUNT, concurrency: CONCURRENCY, intakePerSecond: Math.round(intake), rawStartsPerSecond: Math.round(raw) }));
  } finally {
    await api.stop();
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
