import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../prisma/client';
import { http, login, seedTestStaff, startApi, temporalClient, testPrisma, unique, type RunningApi } from '../harness';

/**
 * A complaint taken with a client request id is taken once: the same id again, one after the other or
 * at the same moment, answers with the first complaint and its one case. No worker runs: the workflow
 * is only started, which is all the intake does.
 */
describe('a complaint intake with a requestId is taken once', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let reception: ReturnType<typeof http>;
  let householdId: number | undefined;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: unique('intake'), JWT_SECRET: randomBytes(32).toString('base64') });
    reception = http(api.url, await login(api.url, 'reception', credentials.reception));
  });

  afterAll(async () => {
    await api?.close();
    await prisma?.$disconnect();
  });

  const intake = (requestId?: string) => ({
    ...(householdId ? { householdId } : {}),
    complainantName: '王芳',
    phone: '13800138000',
    channel: 'HOTLINE',
    occurredAt: new Date(Date.now() - 3600_000).toISOString(),
    place: 'C栋 3 楼走廊',
    subject: '维修部 夜班人员',
    department: 'ENGINEERING',
    description: '楼上漏水到我家天花板。',
    request: '尽快修好',
    tier: 'MINOR',
    confirmedWithResident: true,
    ...(requestId ? { requestId } : {}),
  });

  it('the same requestId sent twice at once and once more later makes one complaint and one case', async () => {
    const requestId = `req-${randomBytes(8).toString('hex')}`;
    const complaintsBefore = await prisma.complaint.count();
    const casesBefore = await prisma.case.count();
    const answers = await Promise.all([1, 2, 3, 4].map(() => reception.post('/complaints', intake(requestId))));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    const ids = new Set(answers.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    const again = await reception.post('/complaints', intake(requestId));
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(answers[0].body.id);
    expect(again.body.caseId).toBe(answers[0].body.caseId);
    expect(await prisma.complaint.count()).toBe(complaintsBefore + 1);
    expect(await prisma.case.count()).toBe(casesBefore + 1);
  });

  it('without a requestId each submission is its own complaint; a malformed one is a 400 naming it', async () => {
    const before = await prisma.complaint.count();
    expect((await reception.post('/complaints', intake())).status).toBe(201);
    expect((await reception.post('/complaints', intake())).status).toBe(201);
    expect(await prisma.complaint.count()).toBe(before + 2);
    const bad = await reception.post('/complaints', intake('short'));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('requestId');
    expect(await prisma.complaint.count()).toBe(before + 2);
  });

  /** A case as an intake leaves it when the connection drops after the case was filed. */
  const halfStored = async (requestId: string, openedAgoMs: number) =>
    prisma.case.create({
      data: {
        process: 'complaint',
        workflowId: `pending-complaint-${requestId}`,
        titleZh: '轻微投诉：维修部 夜班人员',
        titleEn: 'Minor complaint: 维修部 夜班人员',
        policyKey: 'complaint',
        policyVersion: 0,
        requestId: `complaint:${requestId}`,
        openedAt: new Date(Date.now() - openedAgoMs),
      },
    });

  it('a retry with the requestId finishes an intake whose complaint was stored but whose process never started', async () => {
    const requestId = `req-${randomBytes(8).toString('hex')}`;
    const kase = await halfStored(requestId, 5_000);
    const reporter = await prisma.staff.findUniqueOrThrow({ where: { username: 'reception' } });
    const { requestId: _omit, confirmedWithResident: _c, ...record } = intake(requestId) as Record<string, unknown>;
    const complaint = await prisma.complaint.create({
      data: { ...(record as object), occurredAt: new Date(), caseId: kase.id, confirmedAt: new Date(), receivedById: reporter.id } as never,
    });
    const retry = await reception.post('/complaints', intake(requestId));
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ id: complaint.id, caseId: kase.id });
    const temporal = await temporalClient();
    try {
      const described = await temporal.client.workflow.getHandle(`complaint-${kase.id}`).describe();
      expect(described.type).toBe('complaintWorkflow');
    } finally {
      await temporal.close();
    }
    expect(await prisma.case.count({ where: { requestId: `complaint:${requestId}` } })).toBe(1);
  });

  it('a case its request left with nothing else a minute ago is taken back, and the retry takes the complaint once', async () => {
    const requestId = `req-${randomBytes(8).toString('hex')}`;
    const abandoned = await halfStored(requestId, 120_000);
    const retry = await reception.post('/complaints', intake(requestId));
    expect(retry.status).toBe(201);
    expect(retry.body.caseId).not.toBe(abandoned.id);
    expect(await prisma.case.findUnique({ where: { id: abandoned.id } })).toBeNull();
    expect(await prisma.complaint.count({ where: { caseId: retry.body.caseId } })).toBe(1);
    const again = await reception.post('/complaints', intake(requestId));
    expect(again.body.id).toBe(retry.body.id);
  });
});
