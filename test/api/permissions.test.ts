import type { PrismaClient, StaffRole } from '../../prisma/client';
import { DEMO_STAFF } from '../../prisma/seed';
import { OPERATIONS } from '../../apps/api/src/permissions/operations';
import { may, PERMISSIONS } from '../../apps/api/src/permissions/table';
import { http, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';

/** One demo account per role: the role × operation matrix signs in as each. */
const ROLES = Object.keys(PERMISSIONS) as StaffRole[];
const accountOf = (role: StaffRole) => DEMO_STAFF.find((s) => s.role === role)!.username;

/** Operations that end the caller's own session or need none: checked by their own tests. */
const OWN_SESSION = /^(POST \/auth\/(login|logout|refresh)|GET \/health)$/;

describe('permissions as data, deny by default (ARC-3)', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let credentials: Record<string, string>;
  let operations: { key: string; method: string; path: string }[];

  beforeAll(async () => {
    prisma = testPrisma();
    credentials = await seedTestStaff(prisma);
    api = await startApi();
    const doc = (await (await fetch(`${api.url}/api/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => {
        const route = path.replace(/\{(\w+)\}/g, ':$1');
        return { key: `${method.toUpperCase()} ${route}`, method: method.toUpperCase(), path: route };
      }),
    );
  });

  afterAll(async () => {
    await api.close();
    await prisma.$disconnect();
  });

  it('every operation of the API has an entry in the permission table', () => {
    const missing = operations.map((o) => o.key).filter((key) => !OWN_SESSION.test(key) && !(key in OPERATIONS));
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(100);
  });

  it('every role is allowed exactly the operations the table grants it, and refused the others with 403', async () => {
    const wrong: string[] = [];
    for (const role of ROLES) {
      const client = http(api.url, await login(api.url, accountOf(role), credentials[accountOf(role)]));
      for (const op of operations) {
        const needed = OPERATIONS[op.key];
        if (!needed || OWN_SESSION.test(op.key)) continue;
        const allowed = needed === 'signed-in' || may(role, needed[0], needed[1]);
        // An id that does not exist and a body no endpoint accepts: an allowed call is refused for what it sent
        // (400/404/405/409), never carried out; a denied one is refused for who sent it (403).
        const path = op.path.replace(/:\w+/g, '2147483000');
        const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : { probe: unique('p') };
        const res = await (op.method === 'GET' ? client.get(path) : op.method === 'DELETE' ? client.delete(path) : op.method === 'PUT' ? client.put(path, body) : client.post(path, body));
        const refusedForRole = res.status === 403 && /role may not|permission table/.test(String(res.body?.message));
        if (allowed === refusedForRole) wrong.push(`${role} ${op.key}: expected ${allowed ? 'allowed' : '403'}, got ${res.status} ${JSON.stringify(res.body?.message)}`);
        if (res.status >= 500) wrong.push(`${role} ${op.key}: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('ARC-3 identity numbers are masked for everyone; shown in full only on demand to a role that may, and each full read is recorded', async () => {
    const household = await prisma.household.create({
      data: {
        occupancy: 'OWNER',
        name: '秦保密',
        idNumber: '330106198001011234',
        phone: '13800007777',
        unit: { create: { number: unique('P'), floor: 1, areaSqm: 80, building: { create: { estateId: (await prisma.estate.create({ data: { name: unique('estate'), address: '保密路 1 号' } })).id, code: unique('P'), name: 'P栋', floors: 3 } } } },
        members: { create: { name: '秦小保', relation: '子女', idNumber: '330106201001015678' } },
      },
      include: { members: true },
    });
    const reception = http(api.url, await login(api.url, 'reception', credentials.reception));
    const engineer = http(api.url, await login(api.url, 'engineer', credentials.engineer));
    const greening = http(api.url, await login(api.url, 'greening', credentials.greening));

    for (const client of [reception, engineer]) {
      const listed = await client.get(`/households?filter=${encodeURIComponent(JSON.stringify({ id: [household.id] }))}`);
      expect(listed.body[0].idNumber).toBe('330106********1234');
      expect((await client.get(`/households/${household.id}`)).body.idNumber).toBe('330106********1234');
      expect((await client.get(`/members/${household.members[0].id}`)).body.idNumber).toBe('330106********5678');
    }
    expect((await greening.get('/households')).status).toBe(403);
    expect((await greening.get('/payments')).status).toBe(403);
    expect((await greening.get('/messages')).status).toBe(403);

    expect((await engineer.get(`/households/${household.id}/identity`)).status).toBe(403);
    const before = await prisma.accessRecord.count({ where: { resource: 'households', recordId: household.id } });
    expect(before).toBe(0);
    const full = await reception.get(`/households/${household.id}/identity`);
    expect(full.status).toBe(200);
    expect(full.body.idNumber).toBe('330106198001011234');
    const records = await prisma.accessRecord.findMany({ where: { resource: 'households', recordId: household.id }, include: { staff: true } });
    expect(records.map((r) => [r.staff.username, r.field])).toEqual([['reception', 'GET /households/:id/identity']]);
  });

  it('the departments that receive work have roles of their own, and their supervisor is brought in first', async () => {
    const greening = await prisma.staff.findUniqueOrThrow({ where: { username: 'greening' } });
    expect(greening).toMatchObject({ role: 'DEPT_STAFF', department: 'GREENING' });
    expect(may('DEPT_STAFF', 'complaints', 'create')).toBe(false);
    expect(may('DEPT_STAFF', 'tasks', 'update')).toBe(true);
    const { nextInChain } = await import('../../workflows/core/candidates');
    expect(nextInChain({ department: 'GREENING' })).toEqual({ role: 'DEPT_SUPERVISOR', department: 'GREENING' });
    expect(nextInChain({ role: 'DEPT_SUPERVISOR', department: 'GREENING' })).toEqual({ role: 'CS_SUPERVISOR' });
    expect(nextInChain({ role: 'RECEPTION' })).toEqual({ role: 'CS_SUPERVISOR' });
  });
});
