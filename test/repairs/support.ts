import type { PrismaClient } from '../../prisma/client';
import { DEFAULT_REPAIR_POLICY, type RepairPolicy } from '../../workflows/repair/policy';
import { startSmtpServer } from '../harness/smtp';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';

export type Client = ReturnType<typeof http>;
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
const STAFF = ['reception', 'commissioner', 'engineer', 'cashier', 'supervisor', 'director', 'engineering-lead', 'greening'] as const;
export type Who = (typeof STAFF)[number];

/** The local date (China Standard Time) some days from now, as YYYY-MM-DD. */
export const localDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * DAY + 8 * HOUR).toISOString().slice(0, 10);

/** A running product for the repair tests: worker, API, every role signed in, an estate with households. */
export async function repairStack() {
  const prisma: PrismaClient = testPrisma();
  const credentials = await seedTestStaff(prisma);
  // Escalations e-mail the level brought in: a real SMTP server takes them.
  const smtp = await startSmtpServer();
  const worker: RunningWorker = await startWorker(prisma, undefined, {}, { SMTP_URL: smtp.url });
  const api: RunningApi = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
  const temporal = await temporalClient();
  const tokens = Object.fromEntries(await Promise.all(STAFF.map(async (n) => [n, await login(api.url, n, credentials[n])]))) as Record<Who, string>;
  const as = Object.fromEntries(STAFF.map((n) => [n, http(api.url, tokens[n])])) as Record<Who, Client>;
  /** A file the API sends (a PDF, a CSV), as the browser downloads it. */
  const download = async (who: Who, path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${tokens[who]}` } });
    return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) };
  };
  const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '维修路 3 号' } });
  const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('B'), name: 'D栋', floors: 18 } });
  /** A household whose unit was handed over `yearsAgo` years ago (null: date not on file). */
  const household = async (yearsAgo: number | null, name = '李娜') =>
    prisma.household.create({
      data: {
        occupancy: 'OWNER',
        name,
        phone: '13900001111',
        unit: {
          create: {
            number: unique('D').slice(0, 12),
            floor: 5,
            areaSqm: 96,
            buildingId: building.id,
            handoverDate: yearsAgo === null ? null : new Date(`${Number(localDate(0).slice(0, 4)) - yearsAgo}${localDate(0).slice(4)}`),
          },
        },
      },
      include: { unit: true },
    });

  /** A policy version for the next orders (tests use seconds where they wait for a deadline). */
  const usePolicy = async (changes: Partial<RepairPolicy> = {}) => {
    const res = await as.supervisor.post('/policies', { key: 'repair', data: { ...DEFAULT_REPAIR_POLICY, ...changes }, note: 'test' });
    if (res.status !== 201) throw new Error(`policy refused: ${JSON.stringify(res.body)}`);
  };

  const window = (fromMs: number, toMs: number) => ({ from: new Date(Date.now() + fromMs).toISOString(), to: new Date(Date.now() + toMs).toISOString() });
  const intake = (changes: Record<string, unknown> = {}) => ({
    reporterName: '李娜',
    phone: '13900001111',
    channel: 'HOTLINE',
    category: 'PLUMBING',
    description: '厨房下水道堵塞，水排不下去。',
    windows: [window(2 * HOUR, 4 * HOUR)],
    confirmedWithResident: true,
    ...changes,
  });
  const take = async (changes: Record<string, unknown> = {}) => {
    const res = await as.reception.post('/repairs', intake(changes));
    if (res.status !== 201) throw new Error(`intake refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; serial: string; caseId: number; kind: string; charge: number | null };
  };
  const task = (caseId: number, key: string) =>
    eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId, key } } }).then((t) => t ?? undefined), 15_000, `task ${key}`);
  const complete = async (who: Client, caseId: number, key: string, formData: Record<string, unknown>) => {
    const res = await who.post(`/tasks/${(await task(caseId, key)).id}/complete`, { formData });
    if (res.status !== 200) throw new Error(`completing ${key} refused: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const order = (id: number) => prisma.repairOrder.findUniqueOrThrow({ where: { id }, include: { visits: { orderBy: { round: 'asc' } } } });

  return {
    prisma,
    worker,
    api,
    temporal,
    as,
    download,
    estate,
    household,
    usePolicy,
    window,
    intake,
    take,
    task,
    complete,
    order,
    async close() {
      await prisma.policy.deleteMany({ where: { key: 'repair' } });
      await api.close();
      await worker.stop();
      await smtp.close();
      await temporal.close();
      await prisma.$disconnect();
    },
  };
}

export type RepairStack = Awaited<ReturnType<typeof repairStack>>;
