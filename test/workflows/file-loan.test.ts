import { fileLoanWorkflowId } from '../../workflows/file-loan/policy';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, type RunningApi, type RunningWorker } from '../harness';
import { recordHistory } from '../harness/histories';
import type { PrismaClient } from '../../prisma/client';

/** ARC-3 file lending on the real Temporal dev server, started through the API and run by a real worker. */
describe('file lending register (workflow)', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let clerk: ReturnType<typeof http>;
  let temporal: Awaited<ReturnType<typeof temporalClient>>;
  let householdId: number;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
    clerk = http(api.url, await login(api.url, 'clerk', credentials.clerk));
    temporal = await temporalClient();
    const unit = await prisma.unit.findFirst();
    const building = unit
      ? null
      : await prisma.building.create({
          data: { code: 'L', name: 'L栋', floors: 1, estate: { create: { name: 'Loan Estate', address: 'x' } } },
        });
    const household = await prisma.household.create({
      data: {
        occupancy: 'OWNER',
        name: '借阅测试户',
        phone: '13800001111',
        unit: unit ? { connect: { id: unit.id } } : { create: { buildingId: building!.id, number: 'L-0101', floor: 1, areaSqm: 80 } },
      },
    });
    householdId = household.id;
  });

  afterAll(async () => {
    await api.close();
    await worker.stop();
    await temporal.close();
    await prisma.$disconnect();
  });

  const loanStatus = async (id: number) => (await clerk.get(`/file-loans/${id}`)).body.status as string;

  it('ARC-3 registers who borrowed the file and when it came back', async () => {
    const lent = await clerk.post('/file-loans', { householdId, borrower: '工程部 李明', purpose: '漏水索赔', loanDays: 2 });
    expect(lent.status).toBe(201);
    expect(lent.body).toMatchObject({ status: 'OUT', borrower: '工程部 李明', household: { id: householdId }, lentBy: { displayName: expect.any(String) } });
    const dueInMs = new Date(lent.body.dueAt).getTime() - new Date(lent.body.lentAt).getTime();
    expect(dueInMs).toBe(2 * 24 * 3600 * 1000);

    const returned = await clerk.post(`/file-loans/${lent.body.id}/return`);
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'RETURNED', receivedBy: { displayName: expect.any(String) } });
    expect(returned.body.returnedAt).toEqual(expect.any(String));

    const handle = temporal.client.workflow.getHandle(fileLoanWorkflowId(lent.body.id));
    await expect(handle.result()).resolves.toEqual({ returnedAt: returned.body.returnedAt });
    await recordHistory(temporal.client, handle.workflowId, 'file-loan', 'returned-in-time');

    const again = await clerk.post(`/file-loans/${lent.body.id}/return`);
    expect(again.status).toBe(409);
    expect((await clerk.get(`/file-loans?filter={"householdId":${householdId},"status":"RETURNED"}`)).body).toHaveLength(1);
  });

  it('ARC-3 marks a file overdue when it is not back by its due time, and still takes it back', async () => {
    const lent = await clerk.post('/file-loans', { householdId, borrower: '保安部 王军', purpose: '核对住户信息', dueAt: new Date(Date.now() + 2000).toISOString() });
    expect(lent.status).toBe(201);
    await eventually(async () => (await loanStatus(lent.body.id)) === 'OVERDUE', 20_000, 'the loan to be marked overdue');
    const overdue = await clerk.get(`/file-loans/${lent.body.id}`);
    expect(overdue.body.overdueAt).toEqual(expect.any(String));

    const returned = await clerk.post(`/file-loans/${lent.body.id}/return`);
    expect(returned.body.status).toBe('RETURNED');
    const handle = temporal.client.workflow.getHandle(fileLoanWorkflowId(lent.body.id));
    await handle.result();
    await recordHistory(temporal.client, handle.workflowId, 'file-loan', 'returned-late');
  });

  it('ARC-3 refuses a loan without a borrower or with a due time in the past, and registers nothing', async () => {
    const before = await prisma.fileLoan.count();
    const noBorrower = await clerk.post('/file-loans', { householdId, purpose: 'x' });
    expect(noBorrower.status).toBe(400);
    expect(noBorrower.body.errors[0].field).toBe('borrower');
    const past = await clerk.post('/file-loans', { householdId, borrower: 'x', purpose: 'y', dueAt: '2020-01-01T00:00:00Z' });
    expect(past.body.errors).toEqual([{ field: 'dueAt', message: 'must be in the future' }]);
    const tooLong = await clerk.post('/file-loans', { householdId, borrower: 'x', purpose: 'y', loanDays: 90 });
    expect(tooLong.body.errors[0].field).toBe('loanDays');
    expect(await prisma.fileLoan.count()).toBe(before);
  });

  it('keeps a waiting loan through a worker restart', async () => {
    const lent = await clerk.post('/file-loans', { householdId, borrower: '客服部 陈静', purpose: '整理档案', loanDays: 1 });
    await worker.stop();
    // No worker: the loan waits in Temporal. A new worker picks it up where it was.
    worker = await startWorker(prisma, worker.taskQueue);
    const returned = await clerk.post(`/file-loans/${lent.body.id}/return`);
    expect(returned.body.status).toBe('RETURNED');
    const result = await temporal.client.workflow.getHandle(fileLoanWorkflowId(lent.body.id)).result();
    expect(result.returnedAt).toBe(returned.body.returnedAt);
  });
});
