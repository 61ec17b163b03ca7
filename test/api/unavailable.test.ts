import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../prisma/client';
import { fileLoanWorkflowId } from '../../workflows/file-loan/policy';
import { http, login, seedTestStaff, startApi, temporalClient, testPrisma, unique, type RunningApi } from '../harness';
import { hostAndPort, TcpProxy } from './tcp-proxy';

/**
 * "A request whose work is committed answers its success; one that cannot tell answers 503 with the request
 * id, and the retry with that id returns the first result." An API of this test's own reaches PostgreSQL and
 * the Temporal server through proxies the test cuts in the middle of an intake. No worker runs: the intakes
 * only start their workflows.
 */
describe('when the database or the workflow service goes away mid-intake', () => {
  let prisma: PrismaClient;
  let db: TcpProxy;
  let temporal: TcpProxy;
  let api: RunningApi;
  let clerk: ReturnType<typeof http>;
  let householdId: number;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    db = await new TcpProxy(hostAndPort(process.env.DATABASE_URL!)).listen();
    temporal = await new TcpProxy(hostAndPort(process.env.TEMPORAL_ADDRESS!)).listen();
    const databaseUrl = new URL(process.env.DATABASE_URL!);
    databaseUrl.hostname = '127.0.0.1';
    databaseUrl.port = String(db.port);
    api = await startApi({ DATABASE_URL: databaseUrl.toString(), TEMPORAL_ADDRESS: `127.0.0.1:${temporal.port}`, TEMPORAL_TASK_QUEUE: unique('unavailable') });
    clerk = http(api.url, await login(api.url, 'clerk', credentials.clerk));
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '断线路 1 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('U'), name: 'U栋', floors: 3 } });
    const unit = await prisma.unit.create({ data: { buildingId: building.id, number: unique('U'), floor: 1, areaSqm: 80 } });
    householdId = (await prisma.household.create({ data: { unitId: unit.id, occupancy: 'OWNER', name: '韩断线', phone: '13800009999' } })).id;
  });

  afterEach(async () => {
    await db.restore();
    await temporal.restore();
  });

  afterAll(async () => {
    await api?.close();
    await db?.cut();
    await temporal?.cut();
    await prisma?.$disconnect();
  });

  const requestId = (prefix: string) => `${prefix}-${randomBytes(8).toString('hex')}`;
  const loan = (id: string) => ({ householdId, borrower: '保安部 赵刚', purpose: '核对出入登记', requestId: id });
  const complaint = (id: string, subject: string) => ({
    householdId,
    complainantName: '韩断线',
    phone: '13800009999',
    channel: 'HOTLINE',
    occurredAt: new Date(Date.now() - 3600_000).toISOString(),
    place: 'U栋 1 楼大堂',
    subject,
    department: 'CLEANING',
    description: '大堂地面湿滑无警示。',
    request: '尽快处理',
    tier: 'MINOR',
    confirmedWithResident: true,
    requestId: id,
  });

  const expect503 = (res: { status: number; headers: Headers; body: Record<string, unknown> }, id: string) => {
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', requestId: id, retryAfterSeconds: 2 });
    expect(res.headers.get('retry-after')).toBe('2');
  };

  const stopChasing = async (loanId: number) => {
    const client = await temporalClient();
    try {
      const handle = client.client.workflow.getHandle(fileLoanWorkflowId(loanId));
      expect((await handle.describe()).status.name).toBe('RUNNING');
      await handle.terminate('test over');
    } finally {
      await client.close();
    }
  };

  it('ARC-3 the loan is stored but its answer is lost: 503 with the request id; the retry answers that loan and starts its process', async () => {
    const id = requestId('loan');
    const cut = db.cutAt('INSERT INTO "public"."FileLoan"', true);
    const lost = await clerk.post('/file-loans', loan(id));
    await cut;
    expect503(lost, id);
    expect(lost.body.message).toBe('The database could not be reached, so it is not known whether this was done: try again with the same requestId.');
    // It was done: the loan is stored, its process not started yet.
    expect(await prisma.fileLoan.count({ where: { requestId: id } })).toBe(1);

    await db.restore();
    const retry = await clerk.post('/file-loans', loan(id));
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ householdId, status: 'OUT', requestId: id });
    expect(await prisma.fileLoan.count({ where: { requestId: id } })).toBe(1);
    await stopChasing(retry.body.id);
  });

  it('ARC-1 the database goes before the member is stored: 503 with the request id, nothing stored; the retry stores one', async () => {
    const id = requestId('member');
    const cut = db.cutAt('INSERT INTO "public"."Member"', false);
    const lost = await clerk.post('/members', { householdId, name: '韩小断', relation: '子女', requestId: id });
    await cut;
    expect503(lost, id);
    expect(await prisma.member.count({ where: { householdId } })).toBe(0);

    await db.restore();
    const answers = await Promise.all([1, 2].map(() => clerk.post('/members', { householdId, name: '韩小断', relation: '子女', requestId: id })));
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(answers[1].body.id).toBe(answers[0].body.id);
    expect(await prisma.member.count({ where: { householdId } })).toBe(1);
  });

  it('CMP-1 ARC-3 the workflow service is unreachable: a complaint and a loan answer 503 with their request ids, nothing half-stored; once it is back the retry takes each once', async () => {
    const complaintId = requestId('complaint');
    const loanId = requestId('loan');
    const subject = unique('保洁');
    await temporal.cut();
    const [lostComplaint, lostLoan] = await Promise.all([clerk.post('/complaints', complaint(complaintId, subject)), clerk.post('/file-loans', loan(loanId))]);
    expect503(lostComplaint, complaintId);
    expect503(lostLoan, loanId);
    // Neither the case nor its complaint, nor the loan, is left without its process.
    expect(await prisma.case.count({ where: { requestId: `complaint:${complaintId}` } })).toBe(0);
    expect(await prisma.complaint.count({ where: { subject } })).toBe(0);
    expect(await prisma.fileLoan.count({ where: { requestId: loanId } })).toBe(0);

    await temporal.restore();
    const [takenComplaint, takenLoan] = await Promise.all([clerk.post('/complaints', complaint(complaintId, subject)), clerk.post('/file-loans', loan(loanId))]);
    expect([takenComplaint.status, takenLoan.status]).toEqual([201, 201]);
    const again = await clerk.post('/complaints', complaint(complaintId, subject));
    expect(again.body.id).toBe(takenComplaint.body.id);
    expect(await prisma.case.count({ where: { requestId: `complaint:${complaintId}` } })).toBe(1);
    expect(await prisma.complaint.count({ where: { subject } })).toBe(1);
    expect(await prisma.fileLoan.count({ where: { requestId: loanId } })).toBe(1);
    await stopChasing(takenLoan.body.id);
    const client = await temporalClient();
    await client.client.workflow.getHandle(`complaint-${takenComplaint.body.caseId}`).terminate('test over').catch(() => undefined);
    await client.close();
  }, 90_000);
});
