import type { PrismaClient } from '../../prisma/client';
import { http, listQuery, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';

/**
 * The queue is read one candidate branch at a time and the pages merged (apps/api/src/tasks/tasks.ts, for
 * speed): it must answer exactly what one query would, in any order and on any page.
 */
describe('the inbox queue, branch by branch', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let engineer: ReturnType<typeof http>;
  let caseId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    api = await startApi();
    engineer = http(api.url, await login(api.url, 'engineer', credentials.engineer));
    const kase = await prisma.case.create({ data: { process: 'bench', workflowId: unique('queue'), titleZh: '队列', titleEn: 'Queue', policyKey: 'x', policyVersion: 0 } });
    caseId = kase.id;
    const other = await prisma.staff.findUniqueOrThrow({ where: { username: 'reception' } });
    const at = (h: number | null) => (h === null ? null : new Date(Date.UTC(2030, 0, 1, h)));
    const rows: [string, 'ENGINEER' | 'CASHIER' | null, 'ENGINEERING' | null, number | null, 'LOW' | 'NORMAL' | 'URGENT', number | null][] = [
      ['role-9h', 'ENGINEER', null, 9, 'LOW', null],
      ['dept-7h', null, 'ENGINEERING', 7, 'URGENT', null],
      ['both-8h', 'ENGINEER', 'ENGINEERING', 8, 'NORMAL', null],
      ['role-none', 'ENGINEER', null, null, 'URGENT', null],
      ['dept-6h', null, 'ENGINEERING', 6, 'NORMAL', null],
      ['cashier-5h', 'CASHIER', null, 5, 'NORMAL', null],
      ['claimed-4h', 'ENGINEER', null, 4, 'NORMAL', other.id],
    ];
    for (const [key, role, department, hour, priority, assigneeId] of rows) {
      const task = await prisma.task.create({
        data: { caseId, key, titleZh: key, titleEn: key, form: [], candidateRole: role, candidateDepartment: department, dueAt: at(hour), priority, assigneeId },
      });
      ids[key] = task.id;
    }
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await prisma?.$disconnect();
  });

  const page = async (sort: [string, string], range: [number, number]) => {
    const res = await engineer.get(`/tasks${listQuery({ sort, range, filter: { view: 'queue', caseId } })}`);
    expect(res.status).toBe(200);
    return { keys: (res.body as { key: string }[]).map((t) => t.key), range: res.headers.get('content-range') };
  };

  it('lists the role’s, the department’s and both, unclaimed, by deadline (none last), page by page, with the total', async () => {
    expect(await page(['dueAt', 'ASC'], [0, 1])).toEqual({ keys: ['dept-6h', 'dept-7h'], range: 'tasks 0-1/5' });
    expect(await page(['dueAt', 'ASC'], [2, 4])).toEqual({ keys: ['both-8h', 'role-9h', 'role-none'], range: 'tasks 2-4/5' });
    expect((await page(['dueAt', 'DESC'], [0, 4])).keys).toEqual(['role-none', 'role-9h', 'both-8h', 'dept-7h', 'dept-6h']);
  });

  it('sorts by priority in its order (low to urgent), then by number', async () => {
    const keys = (await page(['priority', 'DESC'], [0, 4])).keys;
    const urgent = ['dept-7h', 'role-none'].sort((a, b) => ids[b] - ids[a]);
    expect(keys).toEqual([...urgent, ...['both-8h', 'dept-6h'].sort((a, b) => ids[b] - ids[a]), 'role-9h']);
  });
});
