import type { PrismaClient } from '../../prisma/client';
import { http, listQuery, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';

interface ChangeRow {
  id: number;
  at: string;
  staffId: number | null;
  staffName: string | null;
  model: string;
  recordId: number;
  householdId: number | null;
  action: 'create' | 'update' | 'withdraw' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Who changed what (the issue "Trust"): every change of the file, staff, policies and money, with actor and values. */
describe('history of changes', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let credentials: Record<string, string>;
  let householdId: number;
  const staffId = async (username: string) => (await prisma.staff.findUniqueOrThrow({ where: { username } })).id;

  beforeAll(async () => {
    prisma = testPrisma();
    credentials = await seedTestStaff(prisma);
    api = await startApi();
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '变更路 1 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('H'), name: 'H栋', floors: 3 } });
    const unit = await prisma.unit.create({ data: { buildingId: building.id, number: unique('H'), floor: 1, areaSqm: 80 } });
    householdId = (await prisma.household.create({ data: { unitId: unit.id, occupancy: 'OWNER', name: '钱变更', phone: '13800001111' } })).id;
  });

  afterAll(async () => {
    await api.close();
    await prisma.$disconnect();
  });

  const as = async (username: string) => http(api.url, await login(api.url, username, credentials[username]));

  it('records the reception\'s changes of a household file, and a member\'s withdrawal with its reason', async () => {
    const reception = await as('reception');
    expect((await reception.put(`/households/${householdId}`, { phone: '13800002222' })).status).toBe(200);
    const member = await reception.post('/members', { householdId, name: '钱小成', relation: '子女', phone: '13900003333' });
    expect(member.status).toBe(201);
    const withdrawn = await fetch(`${api.url}/members/${member.body.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${await login(api.url, 'reception', credentials.reception)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: '已迁出' }),
    });
    expect(withdrawn.status).toBe(200);

    const res = await reception.get(`/history${listQuery({ filter: { householdId }, sort: ['id', 'ASC'] })}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toBe('history 0-2/3');
    const rows = res.body as ChangeRow[];
    const receptionId = await staffId('reception');
    expect(rows.every((r) => r.staffId === receptionId && r.staffName === '陈静' && r.householdId === householdId)).toBe(true);

    expect(rows[0]).toMatchObject({ model: 'Household', recordId: householdId, action: 'update', before: { phone: '13800001111' }, after: { phone: '13800002222' } });
    // Only what changed: not the name, not the timestamps.
    expect(Object.keys(rows[0].after!)).toEqual(['phone']);
    expect(rows[1]).toMatchObject({ model: 'Member', recordId: member.body.id, action: 'create', before: null, after: { name: '钱小成', relation: '子女', phone: '13900003333' } });
    expect(rows[2]).toMatchObject({ model: 'Member', recordId: member.body.id, action: 'withdraw', before: { withdrawalReason: null }, after: { withdrawalReason: '已迁出', withdrawnById: receptionId } });
    // The member is kept, withdrawn.
    expect(await prisma.member.findUnique({ where: { id: member.body.id } })).toMatchObject({ name: '钱小成', withdrawalReason: '已迁出' });

    // One record's history.
    const one = await reception.get(`/history${listQuery({ filter: { model: 'Member', recordId: member.body.id } })}`);
    expect((one.body as ChangeRow[]).map((r) => r.action)).toEqual(['withdraw', 'create']);
  });

  it('a role that may not read the household file may not read its history (403)', async () => {
    const greening = await as('greening');
    const res = await greening.get(`/history${listQuery({ filter: { householdId } })}`);
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('Your role may not read households.');
    // Unfiltered, it lists nothing of what the role may not read: of all these, only the policies' versions.
    const all = await greening.get(`/history${listQuery({ range: [0, 999] })}`);
    expect(all.status).toBe(200);
    expect([...new Set(all.body.map((r: { model: string }) => r.model))].filter((model) => model !== 'Policy')).toEqual([]);
    // Staff history is for those who manage staff.
    const reception = await as('reception');
    expect((await reception.get(`/history${listQuery({ filter: { model: 'Staff' } })}`)).status).toBe(403);
  });

  it('records the admin\'s changes of a staff member, never the password hash', async () => {
    const admin = await as('admin');
    const username = unique('temp').toLowerCase();
    const created = await admin.post('/staff', { username, displayName: '临时 Temp', role: 'DEPT_STAFF', department: 'CLEANING', password: 'a quiet river at dawn 42' });
    expect(created.status).toBe(201);
    expect((await admin.put(`/staff/${created.body.id}`, { active: false })).status).toBe(200);
    expect((await admin.put(`/staff/${created.body.id}`, { password: 'another long river at dusk 7' })).status).toBe(200);

    const res = await admin.get(`/history${listQuery({ filter: { model: 'Staff', recordId: created.body.id }, sort: ['id', 'ASC'] })}`);
    expect(res.status).toBe(200);
    const rows = res.body as ChangeRow[];
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update']);
    expect(rows.every((r) => r.staffName === '系统管理员' && r.householdId === null)).toBe(true);
    expect(rows[0].after).toMatchObject({ username, role: 'DEPT_STAFF', active: true });
    expect(rows[1]).toMatchObject({ before: { active: true }, after: { active: false } });
    expect(rows[2]).toMatchObject({ before: { passwordVersion: 0 }, after: { passwordVersion: 1 } });
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|\$argon|\$2[aby]\$|scrypt/i);
    const stored = await prisma.changeRecord.findMany({ where: { model: 'Staff', recordId: created.body.id } });
    expect(JSON.stringify(stored)).not.toContain('passwordHash');
  });

  it('records a manager\'s new policy version', async () => {
    const supervisor = await as('supervisor');
    const saved = await supervisor.post('/policies', {
      key: 'calendar',
      data: { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5], workStart: '08:30', workEnd: '17:30' },
      note: unique('history'),
    });
    expect(saved.status).toBe(201);
    const res = await supervisor.get(`/history${listQuery({ filter: { model: 'Policy', recordId: saved.body.id } })}`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({
      action: 'create',
      staffId: await staffId('supervisor'),
      after: { key: 'calendar', version: saved.body.version, note: saved.body.note, data: { workStart: '08:30' } },
    });
  });

  it('records a payment made inside a transaction, with its actor, in the household\'s history', async () => {
    const reception = await as('reception');
    const paid = await reception.post('/payments', { householdId, amount: 50, method: 'CASH', note: 'history' });
    expect(paid.status).toBe(201);
    const res = await reception.get(`/history${listQuery({ filter: { householdId, model: 'Payment' } })}`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ action: 'create', recordId: paid.body.id, staffName: '陈静', after: { amount: '50', method: 'CASH', householdId } });
    // A role that may read the file but not the money does not see the payment in it.
    const engineer = await as('engineer');
    const file = await engineer.get(`/history${listQuery({ filter: { householdId } })}`);
    expect(file.status).toBe(200);
    expect((file.body as ChangeRow[]).some((r) => r.model === 'Payment')).toBe(false);
  });
});
