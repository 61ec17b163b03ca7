import { DEFAULT_COMPLAINT_POLICY } from '../../workflows/complaint/policy';
import { DEFAULT_DUNNING_POLICY } from '../../workflows/dunning/policy';
import { fixtureBuilding, overdueBill } from '../fees/support';
import { startSmtpServer, type TestSmtp } from '../harness/smtp';
import { eventually, http, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';
import { deployedTemporal, startWorkerProcess, type WorkerProcess } from './support';

type Client = ReturnType<typeof http>;
const CASES = 30;

/**
 * The deployed shape: the Temporal server on PostgreSQL and two worker processes on one task queue. One
 * worker is killed (SIGKILL, as a lost machine) in the middle of a burst of deadlines: the other one and
 * the server carry every case on, each escalated exactly once, none lost, and a payment made meanwhile
 * stops its dunning ladder once.
 */
describe('the Temporal server on PostgreSQL with two workers', () => {
  const prisma = testPrisma();
  let temporal: Awaited<ReturnType<typeof deployedTemporal>>;
  let workers: WorkerProcess[] = [];
  let api: RunningApi;
  let smtp: TestSmtp;
  let as: Record<'reception' | 'supervisor' | 'cashier', Client>;

  beforeAll(async () => {
    // The first run on a machine builds the server from the Go module proxy (minutes), then it is cached.
    temporal = await deployedTemporal();
    smtp = await startSmtpServer();
    const taskQueue = unique('deployed');
    const env = { TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue, DATABASE_URL: process.env.DATABASE_URL!, SMTP_URL: smtp.url, WORKFLOW_BUNDLE_PATH: process.env.WORKFLOW_BUNDLE_PATH! };
    workers = [startWorkerProcess(env), startWorkerProcess(env)];
    api = await startApi({ TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: taskQueue });
    const credentials = await seedTestStaff(prisma);
    as = Object.fromEntries(await Promise.all((['reception', 'supervisor', 'cashier'] as const).map(async (n) => [n, http(api.url, await login(api.url, n, credentials[n]))]))) as typeof as;
  }, 600_000);

  afterAll(async () => {
    await prisma.policy.deleteMany({ where: { key: { in: ['complaint', 'dunning'] } } });
    await api?.close();
    await Promise.all(workers.map((w) => w.stop()));
    await temporal?.stop();
    await temporal?.drop();
    await smtp?.close();
    await prisma.$disconnect();
  }, 60_000);

  it('health says which server and how many workers; a worker lost mid-burst loses no case and escalates none twice; a payment stops its ladder once', async () => {
    // Both workers poll, on the server that keeps its state in PostgreSQL.
    const health = await eventually(async () => {
      const res = await http(api.url).get('/health');
      return res.status === 200 && res.body.checks.worker.detail.startsWith('2 worker(s)') ? res.body : undefined;
    }, 120_000, 'two workers polling');
    expect(health.checks.temporal.detail).toMatch(/ on postgres12$/);

    // Every complaint is due 10 seconds after it is taken; the next escalation a day later.
    for (const [key, data] of [
      ['complaint', { ...DEFAULT_COMPLAINT_POLICY, minor: { resolveWithin: { after: 'PT10S' } }, escalationFollowUp: { after: 'P1D' } }],
      ['dunning', { ...DEFAULT_DUNNING_POLICY, remindAfter: 'P1D' }],
    ] as const) {
      expect((await as.supervisor.post('/policies', { key, data, note: 'deployed shape' })).status).toBe(201);
    }
    const fixture = await fixtureBuilding(prisma, '部署楼');
    const resident = await fixture.household();
    const debtor = await fixture.household();
    await overdueBill(prisma, debtor, '2025-01', 300);
    expect((await as.supervisor.post('/dunning-ladders/sweep', { householdIds: [debtor.id] })).status).toBe(201);
    const ladder = await eventually(() => prisma.dunningLadder.findFirst({ where: { householdId: debtor.id } }).then((l) => l ?? undefined), 30_000, 'ladder opened');

    const caseIds: number[] = [];
    for (let i = 0; i < CASES; i++) {
      const res = await as.reception.post('/complaints', {
        householdId: resident.id,
        complainantName: resident.name,
        phone: resident.phone,
        channel: 'HOTLINE',
        occurredAt: new Date().toISOString(),
        place: '部署楼大堂',
        subject: `大堂灯不亮 ${i}`,
        department: 'ENGINEERING',
        description: '大堂的灯晚上不亮。',
        request: '尽快修好',
        tier: 'MINOR',
        confirmedWithResident: true,
      });
      expect(res.status).toBe(201);
      caseIds.push(res.body.caseId);
    }
    const escalated = () => prisma.timelineEntry.count({ where: { type: 'ESCALATED', caseId: { in: caseIds } } });

    // The burst begins: once some cases have escalated and others have not, one worker is lost.
    const atKill = await eventually(async () => {
      const n = await escalated();
      return n > 0 ? n : undefined;
    }, 60_000, 'the first escalations');
    workers[0].child.kill('SIGKILL');
    await workers[0].exited;
    expect(atKill).toBeLessThan(CASES);
    // And the debtor pays at the counter meanwhile.
    expect((await as.cashier.post('/payments', { householdId: debtor.id, amount: 300, method: 'CASH' })).status).toBe(201);

    // The other worker carries on: every case escalated, none twice (activities cut off by the kill time out and run again).
    await eventually(async () => ((await escalated()) >= CASES ? true : undefined), 120_000, `all ${CASES} escalated`);
    const perCase = await prisma.timelineEntry.groupBy({ by: ['caseId'], where: { type: 'ESCALATED', caseId: { in: caseIds } }, _count: true });
    expect(perCase).toHaveLength(CASES);
    expect(perCase.every((c) => c._count === 1)).toBe(true);
    const missed = await prisma.taskDeadline.groupBy({ by: ['taskId'], where: { status: 'MISSED', task: { caseId: { in: caseIds } } }, _count: true });
    expect(missed).toHaveLength(CASES);
    expect(await prisma.case.count({ where: { id: { in: caseIds }, status: 'OPEN' } })).toBe(CASES);

    const stopped = await eventually(async () => {
      const l = await prisma.dunningLadder.findUniqueOrThrow({ where: { id: ladder.id } });
      return l.status === 'STOPPED' ? l : undefined;
    }, 120_000, 'the ladder stopped by the payment');
    expect(stopped.stopReason).toBe('paid');
    const ladderEntries = await prisma.timelineEntry.findMany({ where: { caseId: ladder.caseId, type: { in: ['PAYMENT_RECEIVED', 'LADDER_STOPPED'] } } });
    expect(ladderEntries.map((e) => e.type).sort()).toEqual(['LADDER_STOPPED', 'PAYMENT_RECEIVED']);
  }, 420_000);
});
