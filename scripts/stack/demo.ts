import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '../../prisma/client';
import { DEMO_STAFF, passwordFor, seedChargeItems, seedEstate, seedStaff, type Credentials } from '../../prisma/seed';
import { ensureDatabase, migrate } from './postgres';

/** Demo passwords: made once, kept in the git-ignored data folder, printed at every start. */
function loadCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, 'demo-credentials.json');
  const known: Credentials = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  for (const { username } of DEMO_STAFF) known[username] ??= passwordFor();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(known, null, 2), { mode: 0o600 });
  return known;
}

/**
 * The signing secret of the access tokens on this machine: made once (48 random bytes), kept beside the demo
 * passwords in the git-ignored data folder (readable by its owner only), the same at every start.
 */
export function loadSigningSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  const secret = randomBytes(48).toString('base64url');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Creates the database if needed, applies the migrations and seeds the demo estate and staff. */
export async function prepareDatabase(databaseUrl: string, dataDir: string, say: (m: string) => void): Promise<Credentials> {
  if (await ensureDatabase(databaseUrl)) say(`Created database ${new URL(databaseUrl).pathname.slice(1)}.`);
  await migrate(databaseUrl);
  say('Database migrated.');
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const credentials = loadCredentials(dataDir);
    await seedStaff(prisma, credentials);
    const estate = await seedEstate(prisma);
    await seedChargeItems(prisma);
    say(estate.created ? `Demo estate created (${estate.households} households).` : 'Demo data present.');
    return credentials;
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * A few complaints for a new installation, taken through the API like a receptionist would,
 * so the inboxes have work in them on first start. Nothing is added once any complaint exists.
 */
export async function seedDemoComplaints(apiUrl: string, credentials: Credentials, databaseUrl: string, say: (m: string) => void): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    if ((await prisma.complaint.count()) > 0) return;
    const households = await prisma.household.findMany({ where: { unit: { number: { in: ['1-0302', '1-1201', '2-0805'] } }, occupancy: 'OWNER' }, include: { unit: true } });
    const login = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'reception', password: credentials.reception }),
    });
    const { token } = (await login.json()) as { token: string };
    const hour = 3600_000;
    const samples = [
      { tier: 'MAJOR', department: 'ENGINEERING', damageOngoing: true, place: '1栋 3 楼', subject: '维修部', description: '楼上管道漏水，水正流进卧室，报修两次没有人来。', request: '立即止水，修复天花板并赔偿损失' },
      { tier: 'IMPORTANT', department: 'SECURITY', place: '东门岗亭', subject: '夜班保安', description: '晚上十点后访客登记不严，陌生人随意进出。', request: '加强门岗管理' },
      { tier: 'MINOR', department: 'CLEANING', place: '2栋 电梯间', subject: '保洁员', description: '电梯间垃圾两天没有清理。', request: '今天之内清理' },
    ];
    for (const [i, sample] of samples.entries()) {
      const household = households[i % Math.max(households.length, 1)];
      await fetch(`${apiUrl}/complaints`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          ...sample,
          householdId: household?.id,
          complainantName: household?.name ?? '住户',
          phone: household?.phone ?? '13800000000',
          channel: 'HOTLINE',
          occurredAt: new Date(Date.now() - (i + 1) * hour).toISOString(),
          confirmedWithResident: true,
        }),
      });
    }
    say('Demo complaints taken: the inboxes have work in them.');
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * Fees for a new installation, through the API: this month and the three before are billed, most
 * households pay at the counter, the rest are in arrears and get their dunning ladders. Nothing is added
 * once any bill exists.
 */
/**
 * The demo's payments came in over the last ten working days, each evening's cash handed over to the
 * clerk (one evening ten yuan short), so that the handover and the daily reconciliation start from a
 * believable state rather than from every receipt of four months taken today.
 */
async function spreadOverPastDays(prisma: ReturnType<typeof createPrismaClient>, clerk: (path: string, body?: unknown) => Promise<Response>) {
  const local = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
  const today = local(Date.now());
  const days: string[] = [];
  for (let back = 1; days.length < 10 && back < 20; back++) {
    const day = local(Date.now() - back * 86_400_000);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    // Receipt numbers carry the year: the days stay in this one.
    if (weekday !== 0 && weekday !== 6 && day.slice(0, 4) === today.slice(0, 4)) days.unshift(day);
  }
  if (!days.length) return;
  const payments = await prisma.payment.findMany({ orderBy: { id: 'asc' }, select: { id: true } });
  for (const [k, payment] of payments.entries()) {
    const day = days[Math.floor((k * days.length) / payments.length)];
    const minutes = 9 * 60 + ((k * 37) % (8 * 60));
    await prisma.payment.update({ where: { id: payment.id }, data: { receivedAt: new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * 60_000) } });
  }
  const collectors = await prisma.payment.findMany({ where: { method: 'CASH' }, distinct: ['collectorId'], select: { collectorId: true } });
  for (const [d, date] of days.entries()) {
    for (const { collectorId } of collectors) {
      const pending = (await (await clerk(`/cash-handovers/pending?collectorId=${collectorId}&date=${date}`)).json()) as { receipts: number; expectedAmount: number };
      if (!pending.receipts) continue;
      const short = d === days.length - 3;
      await clerk('/cash-handovers', {
        collectorId,
        date,
        countedAmount: Math.round((pending.expectedAmount - (short ? 10 : 0)) * 100) / 100,
        ...(short ? { note: '少 10 元，已报客服主管' } : {}),
      });
    }
  }
}

export async function seedDemoFees(apiUrl: string, credentials: Credentials, databaseUrl: string, say: (m: string) => void): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    if ((await prisma.bill.count()) > 0) return;
    const as = async (username: string) => {
      const res = await fetch(`${apiUrl}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: credentials[username] }),
      });
      const { token } = (await res.json()) as { token: string };
      return (path: string, body?: unknown) =>
        fetch(`${apiUrl}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
    };
    const clerk = await as('clerk');
    const cashier = await as('cashier');
    const month = (back: number) => {
      const d = new Date(Date.now() + 8 * 3600_000);
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() - back);
      return d.toISOString().slice(0, 7);
    };
    for (const period of [month(3), month(2), month(1), month(0)]) {
      const run = (await (await clerk('/billing-runs', { period })).json()) as { id: number };
      for (let i = 0; i < 120; i++) {
        const status = (await prisma.billingRun.findUnique({ where: { id: run.id } }))?.status;
        if (status && status !== 'RUNNING') break;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    // Four in five households have paid everything, this month included; the others owe this month and one to three before.
    const households = await prisma.household.findMany({ where: { bills: { some: {} } }, orderBy: { id: 'asc' }, select: { id: true, bills: { select: { amount: true }, orderBy: { period: 'asc' } } } });
    for (const [i, h] of households.entries()) {
      const unpaid = i % 5 === 4 ? 2 + (i % 3) : 0;
      const paid = h.bills.slice(0, h.bills.length - unpaid).reduce((sum, b) => sum + Number(b.amount), 0);
      if (paid > 0) await cashier('/payments', { householdId: h.id, amount: Math.round(paid * 100) / 100, method: i % 3 ? 'CASH' : 'CARD', requestId: `demo-${h.id}` });
    }
    await spreadOverPastDays(prisma, clerk);
    const supervisor = await as('supervisor');
    await supervisor('/dunning-ladders/sweep', {});
    say('Demo fees: four months billed, most paid over the last two weeks with the cash handed over; households in arrears are on the overdue list.');
  } finally {
    await prisma.$disconnect();
  }
}
