import { http, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';
import type { PrismaClient } from '../../prisma/client';

describe('staff sign-in and permissions', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let credentials: Record<string, string>;

  beforeAll(async () => {
    prisma = testPrisma();
    credentials = await seedTestStaff(prisma);
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
    await prisma.$disconnect();
  });

  it('signs in with a token that opens the API, and tells who is signed in', async () => {
    const res = await http(api.url).post('/auth/login', { username: 'supervisor', password: credentials.supervisor });
    expect(res.status).toBe(200);
    expect(res.body.staff).toEqual(expect.objectContaining({ username: 'supervisor', role: 'CS_SUPERVISOR', department: 'CS' }));
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|argon2/);
    const me = await http(api.url, res.body.token).get('/auth/me');
    expect(me.body).toMatchObject({ username: 'supervisor', role: 'CS_SUPERVISOR' });
  });

  it('answers 401 for a wrong password or an unknown user, without saying which', async () => {
    const wrongPassword = await http(api.url).post('/auth/login', { username: 'supervisor', password: 'not-it' });
    const unknownUser = await http(api.url).post('/auth/login', { username: 'nobody-here', password: 'not-it' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.body.message).toBe('Wrong username or password.');
  });

  it('requires a token on every endpoint but sign-in and health', async () => {
    for (const path of ['/households', '/units', '/staff', '/documents', '/file-loans', '/auth/me']) {
      expect((await http(api.url).get(path)).status).toBe(401);
    }
    expect((await http(api.url, 'forged.token.value').get('/households')).status).toBe(401);
    expect([200, 503]).toContain((await http(api.url).get('/health')).status);
  });

  it('stores passwords hashed with Argon2id and never returns the hash', async () => {
    const admin = http(api.url, await login(api.url, 'admin', credentials.admin));
    const username = unique('clerk').toLowerCase();
    const created = await admin.post('/staff', {
      username,
      displayName: '新同事',
      role: 'INTERNAL_CLERK',
      department: 'CS',
      password: 'a-long-password',
    });
    expect(created.status).toBe(201);
    expect(created.body.passwordHash).toBeUndefined();
    const row = await prisma.staff.findUniqueOrThrow({ where: { username } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await login(api.url, username, 'a-long-password')).toEqual(expect.any(String));

    const list = await admin.get('/staff?range=[0,99]');
    expect(JSON.stringify(list.body)).not.toMatch(/passwordHash|argon2/);
    expect((await admin.post('/staff', { username, displayName: 'x', role: 'ADMIN', department: 'CS', password: '12345678' })).status).toBe(409);
    expect((await admin.post('/staff', { username: 'short-pw', displayName: 'x', role: 'ADMIN', department: 'CS', password: '123' })).body.errors[0].field).toBe('password');
  });

  it('answers 403 when a role may not do something, and changes nothing', async () => {
    const reception = http(api.url, await login(api.url, 'reception', credentials.reception));
    const before = await prisma.staff.count();
    const res = await reception.post('/staff', { username: 'sneaky', displayName: 'x', role: 'ADMIN', department: 'CS', password: '12345678' });
    expect(res.status).toBe(403);
    expect(await prisma.staff.count()).toBe(before);
    expect((await reception.post('/estates', { name: 'Other', address: 'x' })).status).toBe(403);
  });

  it('deactivated staff cannot sign in', async () => {
    const admin = http(api.url, await login(api.url, 'admin', credentials.admin));
    const cashier = await prisma.staff.findUniqueOrThrow({ where: { username: 'cashier' } });
    expect((await admin.put(`/staff/${cashier.id}`, { active: false })).status).toBe(200);
    expect((await http(api.url).post('/auth/login', { username: 'cashier', password: credentials.cashier })).status).toBe(401);
    await admin.put(`/staff/${cashier.id}`, { active: true });
  });
});
