import { createHmac } from 'node:crypto';
import { hashPassword } from '../../apps/api/src/auth/password';
import type { PrismaClient } from '../../prisma/client';
import { http, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';

/** An HS256 JWT signed with `secret`, with whatever claims (no expiry unless given). */
function forge(claims: object, secret: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

interface Signed {
  token: string;
  refreshToken: string;
  expiresIn: number;
  staff: { id: number; role: string };
}

async function signIn(api: RunningApi, username: string, password: string): Promise<Signed> {
  const res = await http(api.url).post('/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A staff account of this test alone, with a password that passes the rules. */
async function newStaff(prisma: PrismaClient, role: 'CS_SUPERVISOR' | 'CASHIER' | 'RECEPTION' = 'CASHIER') {
  const username = unique('s').toLowerCase();
  const password = `Tq8-${unique('pw')}-zR`;
  const row = await prisma.staff.create({
    data: { username, displayName: username, role, department: 'CS', passwordHash: await hashPassword(password) },
  });
  return { id: row.id, username, password };
}

describe('sessions: short-lived access tokens, refresh, and revocation', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let admin: ReturnType<typeof http>;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    api = await startApi({ LOGIN_FAILURE_DELAY_MS: '10' });
    admin = http(api.url, (await signIn(api, 'admin', credentials.admin)).token);
  });

  afterAll(async () => {
    await api.close();
    await prisma.loginAttempt.deleteMany({});
    await prisma.$disconnect();
  });

  it('signs in with a 15-minute access token and a refresh token that works once', async () => {
    const who = await newStaff(prisma);
    const first = await signIn(api, who.username, who.password);
    expect(first).toMatchObject({ token: expect.any(String), refreshToken: expect.any(String), expiresIn: 900 });
    const claims = JSON.parse(Buffer.from(first.token.split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims).not.toHaveProperty('staff');

    const renewed = await http(api.url).post('/auth/refresh', { refreshToken: first.refreshToken });
    expect(renewed.status).toBe(200);
    expect(renewed.body.refreshToken).not.toBe(first.refreshToken);
    expect((await http(api.url, renewed.body.token).get('/auth/me')).body).toMatchObject({ username: who.username });
    // The refresh token given is spent.
    expect((await http(api.url).post('/auth/refresh', { refreshToken: first.refreshToken })).status).toBe(401);
    expect((await http(api.url).post('/auth/refresh', { refreshToken: renewed.body.refreshToken })).status).toBe(200);
  });

  it('refuses tokens not made by a sign-in: no session, unknown staff, no expiry, the old published secret', async () => {
    const admin = await prisma.staff.findUniqueOrThrow({ where: { username: 'admin' } });
    const now = Math.floor(Date.now() / 1000);
    const attempts = [
      // The token: the old default secret, a staff id that does not exist, no expiry, ADMIN.
      forge({ sub: '999999', staff: { id: 999999, username: 'ghost', role: 'ADMIN' } }, 'estate-desk-development-secret'),
      // The right secret, but no session behind it.
      forge({ sub: String(admin.id), sid: 'made-up', pv: 0, exp: now + 600 }, api.config.JWT_SECRET!),
      forge({ sub: String(admin.id), staff: { id: admin.id, role: 'ADMIN' } }, api.config.JWT_SECRET!),
    ];
    for (const token of attempts) {
      const res = await http(api.url, token).get('/staff');
      expect(res.status).toBe(401);
    }
    // A real session's claims without an expiry are refused too.
    const who = await newStaff(prisma);
    const real = JSON.parse(Buffer.from((await signIn(api, who.username, who.password)).token.split('.')[1], 'base64url').toString());
    const { exp: _exp, ...withoutExpiry } = real;
    expect((await http(api.url, forge(withoutExpiry, api.config.JWT_SECRET!)).get('/auth/me')).status).toBe(401);
    expect((await http(api.url, forge(real, 'another-secret-of-sufficient-length-1234')).get('/auth/me')).status).toBe(401);
  });

  it('a deactivation ends every session of the account at once', async () => {
    const who = await newStaff(prisma);
    const one = await signIn(api, who.username, who.password);
    const two = await signIn(api, who.username, who.password);
    expect((await http(api.url, one.token).get('/households')).status).toBe(200);

    expect((await admin.put(`/staff/${who.id}`, { active: false })).status).toBe(200);
    for (const session of [one, two]) {
      expect((await http(api.url, session.token).get('/households')).status).toBe(401);
      expect((await http(api.url).post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    }
    expect(await prisma.session.count({ where: { staffId: who.id, revokedReason: 'DEACTIVATED' } })).toBe(2);
    // Reactivated, the old sessions stay ended: sign in again.
    await admin.put(`/staff/${who.id}`, { active: true });
    expect((await http(api.url, one.token).get('/households')).status).toBe(401);
    expect((await signIn(api, who.username, who.password)).token).toEqual(expect.any(String));
  });

  it('a demoted supervisor loses the supervisor\'s session at once', async () => {
    const who = await newStaff(prisma, 'CS_SUPERVISOR');
    const session = await signIn(api, who.username, who.password);
    expect((await http(api.url, session.token).get('/auth/me')).body.role).toBe('CS_SUPERVISOR');
    expect((await admin.put(`/staff/${who.id}`, { role: 'RECEPTION' })).status).toBe(200);
    expect((await http(api.url, session.token).get('/auth/me')).status).toBe(401);
    expect((await http(api.url).post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    const again = await signIn(api, who.username, who.password);
    expect((await http(api.url, again.token).get('/auth/me')).body.role).toBe('RECEPTION');
  });

  it('a role changed in the database behind the API is noticed on the next request too', async () => {
    const who = await newStaff(prisma, 'CS_SUPERVISOR');
    const session = await signIn(api, who.username, who.password);
    await prisma.staff.update({ where: { id: who.id }, data: { role: 'RECEPTION' } });
    expect((await http(api.url, session.token).get('/auth/me')).status).toBe(401);
  });

  it('a password change ends the old sessions; the new password signs in', async () => {
    const who = await newStaff(prisma);
    const session = await signIn(api, who.username, who.password);
    const newPassword = `Nw7-${unique('pw')}-Lk`;
    expect((await admin.put(`/staff/${who.id}`, { password: newPassword })).status).toBe(200);
    expect((await http(api.url, session.token).get('/auth/me')).status).toBe(401);
    expect((await http(api.url).post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    expect((await http(api.url).post('/auth/login', { username: who.username, password: who.password })).status).toBe(401);
    expect((await signIn(api, who.username, newPassword)).token).toEqual(expect.any(String));
    expect((await prisma.staff.findUniqueOrThrow({ where: { id: who.id } })).passwordVersion).toBe(1);
  });

  it('sign-out ends the session on the server', async () => {
    const who = await newStaff(prisma);
    const session = await signIn(api, who.username, who.password);
    const other = await signIn(api, who.username, who.password);
    const out = await http(api.url, session.token).post('/auth/logout', {});
    expect(out.status).toBe(204);
    expect((await http(api.url, session.token).get('/auth/me')).status).toBe(401);
    expect((await http(api.url).post('/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    // Another sign-in of the same person (another browser) stays.
    expect((await http(api.url, other.token).get('/auth/me')).status).toBe(200);
    // Signing out with the refresh token alone (the access token already expired) works too.
    expect((await http(api.url).post('/auth/logout', { refreshToken: other.refreshToken })).status).toBe(204);
    expect((await http(api.url, other.token).get('/auth/me')).status).toBe(401);
  });

  it('an access token runs out after TOKEN_TTL_SECONDS and the refresh token renews it', async () => {
    const shortLived = await startApi({ TOKEN_TTL_SECONDS: '10' });
    try {
      const who = await newStaff(prisma);
      const session = await signIn(shortLived, who.username, who.password);
      expect(session.expiresIn).toBe(10);
      expect((await http(shortLived.url, session.token).get('/auth/me')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 11_000));
      expect((await http(shortLived.url, session.token).get('/auth/me')).status).toBe(401);
      const renewed = await http(shortLived.url).post('/auth/refresh', { refreshToken: session.refreshToken });
      expect(renewed.status).toBe(200);
      expect((await http(shortLived.url, renewed.body.token).get('/auth/me')).status).toBe(200);
    } finally {
      await shortLived.close();
    }
  }, 30_000);

  it('new passwords: 12 characters at least, not the username, not a common one', async () => {
    const base = { displayName: '新同事', role: 'INTERNAL_CLERK', department: 'CS' };
    const username = unique('clerk').toLowerCase();
    const refusals: [string, RegExp][] = [
      ['12345678', /at least 12 characters/],
      ['password', /at least 12 characters/],
      ['        ', /at least 12 characters/],
      [username, /username/],
      ['            ', /blank or one character repeated/],
      ['123456789012', /too common/],
      ['password1234', /too common/],
      ['Qwerty123456!', /too common/],
      [`${username}-2024`, /username/],
    ];
    for (const [password, reason] of refusals) {
      const res = await admin.post('/staff', { ...base, username, password });
      expect([password, res.status]).toEqual([password, 400]);
      expect(res.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(reason) }]);
    }
    expect(await prisma.staff.count({ where: { username } })).toBe(0);

    expect((await admin.post('/staff', { ...base, username, password: 'river-lantern-87-orbit' })).status).toBe(201);
    const created = await prisma.staff.findUniqueOrThrow({ where: { username } });
    expect((await admin.put(`/staff/${created.id}`, { password: 'iloveyou1234' })).status).toBe(400);
  });
});

describe('sign-in lockout, per account and per address', () => {
  let prisma: PrismaClient;

  beforeAll(async () => {
    prisma = testPrisma();
    await prisma.loginAttempt.deleteMany({});
  });

  afterAll(async () => {
    await prisma.loginAttempt.deleteMany({});
    await prisma.$disconnect();
  });

  it('five failures lock the account, even for the right password, and say when to try again', async () => {
    const api = await startApi({ LOGIN_FAILURE_DELAY_MS: '100', LOGIN_LOCK_SECONDS: '4' });
    try {
      const who = await newStaff(prisma);
      const bystander = await newStaff(prisma);
      for (let i = 0; i < 5; i++) {
        const started = Date.now();
        const res = await http(api.url).post('/auth/login', { username: who.username, password: `wrong-${i}` });
        expect(res.status).toBe(401);
        // Each failure is answered late, later as they add up.
        expect(Date.now() - started).toBeGreaterThanOrEqual(80);
      }
      const locked = await http(api.url).post('/auth/login', { username: who.username, password: who.password });
      expect(locked.status).toBe(429);
      expect(locked.body.message).toMatch(/^Too many failed sign-ins: sign-in is locked\. Try again in 1 minutes\.$/);
      expect(Date.parse(locked.body.retryAt)).toBeGreaterThan(Date.now());
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(locked.body).not.toHaveProperty('token');
      // In Chinese for the back office.
      const zh = await fetch(`${api.url}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
        body: JSON.stringify({ username: who.username, password: who.password }),
      });
      expect(((await zh.json()) as { message: string }).message).toMatch(/^登录失败次数过多，已暂时锁定。请在 \d+ 分钟后再试。$/);
      // Another account from the same address is not locked.
      expect((await http(api.url).post('/auth/login', { username: bystander.username, password: bystander.password })).status).toBe(200);
      // The lock ends after LOGIN_LOCK_SECONDS.
      await new Promise((r) => setTimeout(r, 4_500));
      expect((await http(api.url).post('/auth/login', { username: who.username, password: who.password })).status).toBe(200);
    } finally {
      await api.close();
    }
  }, 30_000);

  it('thirty guesses sent at once do not get past the count, and the right password then waits', async () => {
    const api = await startApi({ LOGIN_FAILURE_DELAY_MS: '0' });
    try {
      const who = await newStaff(prisma);
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => http(api.url).post('/auth/login', { username: who.username, password: `guess-${i}` })),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect((await http(api.url).post('/auth/login', { username: who.username, password: who.password })).status).toBe(429);
    } finally {
      await api.close();
    }
  }, 30_000);

  it('failures from one address across many accounts lock that address', async () => {
    await prisma.loginAttempt.deleteMany({});
    const api = await startApi({ LOGIN_FAILURE_DELAY_MS: '0', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' });
    try {
      const who = await newStaff(prisma);
      for (let i = 0; i < 8; i++) {
        expect((await http(api.url).post('/auth/login', { username: unique('nobody'), password: 'not-it' })).status).toBe(401);
      }
      const res = await http(api.url).post('/auth/login', { username: who.username, password: who.password });
      expect(res.status).toBe(429);
      expect(res.body.message).toMatch(/Try again in 15 minutes/);
    } finally {
      await prisma.loginAttempt.deleteMany({});
      await api.close();
    }
  });
});
