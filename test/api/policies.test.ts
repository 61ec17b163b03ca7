import { CasesService } from '../../apps/api/src/cases/cases.service';
import { startCoreDemo } from '../support/core-demo';
import type { PrismaClient } from '../../prisma/client';
import type { CoreDemoPolicy } from '../support/core-demo.workflow';
import { eventually, http, listQuery, login, seedTestStaff, startApi, startWorker, testPrisma, type RunningApi, type RunningWorker } from '../harness';

const policyWith = (after: string): CoreDemoPolicy => ({
  task: {
    key: 'review',
    title: { zh: '审核', en: 'Review' },
    candidate: { role: 'CS_SUPERVISOR' },
    deadlines: [{ due: { after }, escalate: { reassignTo: 'next-in-chain' } }],
  },
});

describe('policies are versioned data', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let supervisor: ReturnType<typeof http>;
  let reception: ReturnType<typeof http>;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
    supervisor = http(api.url, await login(api.url, 'supervisor', credentials.supervisor));
    reception = http(api.url, await login(api.url, 'reception', credentials.reception));
  });

  afterAll(async () => {
    // The calendar is shared by every test of the run: leave it as it was.
    await prisma.policy.deleteMany({ where: { key: { in: ['calendar', 'core-demo-versions'] } } });
    await api.close();
    await worker.stop();
    await prisma.$disconnect();
  });

  it('a manager saves a new version; the data is checked field by field; other roles get 403', async () => {
    const v1 = await supervisor.post('/policies', {
      key: 'calendar',
      data: { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5], workStart: '08:30', workEnd: '17:30' },
      note: '标准工作时间',
    });
    expect(v1.status).toBe(201);
    const v2 = await supervisor.post('/policies', {
      key: 'calendar',
      data: { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5, 6], workStart: '08:00', workEnd: '18:00' },
      note: '周六上班',
    });
    expect(v2.body.version).toBe(v1.body.version + 1);

    const bad = await supervisor.post('/policies', { key: 'calendar', data: { utcOffsetMinutes: 480, workdays: [], workStart: '8', workEnd: '17:30' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['data.workdays', 'data.workStart']));
    expect((await supervisor.post('/policies', { key: 'nonsense', data: {} })).body.errors[0].field).toBe('key');
    expect((await reception.post('/policies', { key: 'calendar', data: v1.body.data })).status).toBe(403);

    const versions = await reception.get(`/policies${listQuery({ filter: { key: 'calendar' }, sort: ['version', 'ASC'] })}`);
    expect(versions.body.slice(-2).map((p: { note: string }) => p.note)).toEqual(['标准工作时间', '周六上班']);
  });

  it('each policy in force is its latest version over the defaults; a wrong value is refused naming the field and why', async () => {
    const before = await supervisor.get('/policies/in-force');
    expect(before.status).toBe(200);
    const complaint = before.body.find((p: { key: string }) => p.key === 'complaint');
    expect(complaint).toMatchObject({ version: 0, data: complaint.defaults, createdBy: null });
    expect(complaint.data.major.resolveWithin).toEqual({ after: 'P10D', business: true });
    expect(before.body.map((p: { key: string }) => p.key)).toEqual(expect.arrayContaining(['calendar', 'repair', 'dunning', 'custody', 'checklists', 'inspection-templates', 'decoration', 'move-in']));

    // Each refusal names the field inside the data, as the back office's form puts it beside its input.
    const refused = async (key: string, data: unknown) => {
      const res = await supervisor.post('/policies', { key, data });
      expect(res.status).toBe(400);
      return Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    };
    const resolveSooner = { ...complaint.data, major: { ...complaint.data.major, resolveWithin: { after: '10 days' } } };
    expect(await refused('complaint', resolveSooner)).toEqual({ 'data.major.resolveWithin.after': 'must be an ISO 8601 duration such as PT1H or P2D' });
    expect(await refused('fee', { custodyRatio: 1.7, payWithinDays: 30 })).toEqual({ 'data.custodyRatio': expect.stringContaining('<=1') });
    const repair = before.body.find((p: { key: string }) => p.key === 'repair').data;
    expect(await refused('repair', { ...repair, categories: [...repair.categories, repair.categories[0]] })).toEqual({ 'data.categories': 'category codes must be unique' });
    expect(await refused('calendar', { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5], workStart: '18:00', workEnd: '09:00' })).toEqual({ 'data.workEnd': 'workStart must be before workEnd' });

    // The move-in policy is one a manager changes too; the version saved is the one in force, its defaults kept apart.
    const moveIn = before.body.find((p: { key: string }) => p.key === 'move-in');
    const saved = await supervisor.post('/policies', { key: 'move-in', data: { ...moveIn.data, feeMonths: 6 }, note: '预收半年' });
    expect(saved.status).toBe(201);
    const after = (await supervisor.get('/policies/in-force')).body.find((p: { key: string }) => p.key === 'move-in');
    expect(after).toMatchObject({ version: saved.body.version, note: '预收半年', data: { feeMonths: 6 }, defaults: { feeMonths: 3 }, createdBy: { displayName: '吴刚' } });
    await prisma.policy.deleteMany({ where: { key: 'move-in' } });
  });

  it('a running case keeps the policy version it started with; new cases take the new one', async () => {
    const start = () => startCoreDemo(api, { title: 'Policy version', policyKey: 'core-demo-versions', policy: policyWith('PT1H') });
    const dueOf = (caseId: number) =>
      eventually(() => prisma.task.findFirst({ where: { caseId } }).then((t) => (t ? t.dueAt!.getTime() - t.createdAt.getTime() : undefined)));

    const first = await start();
    expect(first.policyVersion).toBe(0);
    expect(await dueOf(first.id)).toBe(3600_000);

    await prisma.policy.create({ data: { key: 'core-demo-versions', version: 1, data: policyWith('PT2H') as object } });
    const second = await start();
    expect(second.policyVersion).toBe(1);
    expect(await dueOf(second.id)).toBe(2 * 3600_000);
    // The first case still waits on its own one-hour deadline, in the database and in its workflow.
    expect(await dueOf(first.id)).toBe(3600_000);
    const firstState = await api.app.get(CasesService).get(first.id);
    expect((firstState as { policyVersion: number }).policyVersion).toBe(0);
  });

  it('public holidays and adjusted working days are calendar data', async () => {
    const created = await supervisor.post('/calendar-days', { date: '2031-10-01', nameZh: '国庆节', nameEn: 'National Day' });
    expect(created.body).toEqual({ id: '2031-10-01', date: '2031-10-01', workday: false, nameZh: '国庆节', nameEn: 'National Day' });
    expect((await supervisor.post('/calendar-days', { date: '2031-10-01', nameZh: 'x', nameEn: 'x' })).status).toBe(409);
    expect((await supervisor.post('/calendar-days', { date: '2031-13-01', nameZh: 'x', nameEn: 'x' })).body.errors[0].field).toBe('date');
    expect((await reception.post('/calendar-days', { date: '2031-10-02', nameZh: 'x', nameEn: 'x' })).status).toBe(403);
    expect((await supervisor.delete('/calendar-days/2031-10-01')).status).toBe(200);
    expect((await supervisor.delete('/calendar-days/2031-10-01')).status).toBe(404);
  });
});
