import type { PrismaClient } from '../../prisma/client';
import { DEFAULT_CONTACT_FORM_POLICY, type ContactFormPolicy } from '../../workflows/contact-form/policy';
import { DEFAULT_RECEPTION_POLICY, type ReceptionPolicy } from '../../workflows/reception/policy';
import { startSmtpServer } from '../harness/smtp';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';

export type Client = ReturnType<typeof http>;
const STAFF = ['reception', 'commissioner', 'engineer', 'supervisor', 'director', 'engineering-lead', 'greening'] as const;
export type Who = (typeof STAFF)[number];

/** A running product for the reception tests: worker, API, the roles signed in, an estate with a household. */
export async function receptionStack() {
  const prisma: PrismaClient = testPrisma();
  const credentials = await seedTestStaff(prisma);
  const smtp = await startSmtpServer();
  const worker: RunningWorker = await startWorker(prisma, undefined, {}, { SMTP_URL: smtp.url });
  const api: RunningApi = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
  const temporal = await temporalClient();
  const tokens = Object.fromEntries(await Promise.all(STAFF.map(async (n) => [n, await login(api.url, n, credentials[n])]))) as Record<Who, string>;
  const as = Object.fromEntries(STAFF.map((n) => [n, http(api.url, tokens[n])])) as Record<Who, Client>;
  const download = async (who: Who, path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${tokens[who]}` } });
    return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) };
  };
  const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '接待路 1 号' } });
  const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('R'), name: 'E栋', floors: 18 } });
  const household = (name = '陈静') =>
    prisma.household.create({
      data: { occupancy: 'OWNER', name, phone: '13700002222', unit: { create: { number: unique('E').slice(0, 12), floor: 3, areaSqm: 88, buildingId: building.id, handoverDate: new Date() } } },
      include: { unit: true },
    });
  const staffId = async (username: Who) => (await prisma.staff.findUniqueOrThrow({ where: { username } })).id;

  /** Policy versions for the next cases (tests use seconds where they wait for a deadline). */
  const usePolicies = async (reception: Partial<ReceptionPolicy> = {}, contactForm: Partial<ContactFormPolicy> = {}) => {
    for (const [key, data] of [
      ['reception', { ...DEFAULT_RECEPTION_POLICY, ...reception }],
      ['contact-form', { ...DEFAULT_CONTACT_FORM_POLICY, ...contactForm }],
    ] as const) {
      const res = await as.supervisor.post('/policies', { key, data, note: 'test' });
      if (res.status !== 201) throw new Error(`policy refused: ${JSON.stringify(res.body)}`);
    }
  };

  /** An entry of the log, as the desk takes it. */
  const entry = async (changes: Record<string, unknown> = {}, who: Client = as.reception) => {
    const res = await who.post('/reception-entries', {
      kind: 'CONSULTATION',
      channel: 'PHONE',
      residentName: '陈静',
      phone: '13700002222',
      content: '楼道灯坏了一周，晚上看不见路。',
      confirmedWithResident: true,
      ...changes,
    });
    if (res.status !== 201) throw new Error(`entry refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; caseId: number | null };
  };
  const task = (caseId: number, key: string) =>
    eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId, key } } }).then((t) => t ?? undefined), 15_000, `task ${key}`);
  const complete = async (who: Client, caseId: number, key: string, formData: Record<string, unknown>) => {
    const res = await who.post(`/tasks/${(await task(caseId, key)).id}/complete`, { formData });
    if (res.status !== 200) throw new Error(`completing ${key} refused: ${res.status} ${JSON.stringify(res.body)}`);
  };
  /** The task once a missed deadline has brought the next level in. */
  const escalated = (caseId: number, key: string) =>
    eventually(async () => {
      const t = await task(caseId, key);
      return t.escalationLevel > 0 ? t : undefined;
    }, 20_000, `${key} escalated`);
  const workflowOf = async (caseId: number) => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).workflowId;

  return {
    prisma,
    temporal,
    apiUrl: api.url,
    credentials,
    as,
    download,
    household,
    staffId,
    usePolicies,
    entry,
    task,
    complete,
    escalated,
    workflowOf,
    async close() {
      await prisma.policy.deleteMany({ where: { key: { in: ['reception', 'contact-form'] } } });
      await api.close();
      await worker.stop();
      await smtp.close();
      await temporal.close();
      await prisma.$disconnect();
    },
  };
}

export type ReceptionStack = Awaited<ReturnType<typeof receptionStack>>;
