import type { PrismaClient } from '../../prisma/client';
import { DEFAULT_CUSTODY_POLICY, type CustodyPolicy } from '../../workflows/custody/policy';
import { startSmtpServer } from '../harness/smtp';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';

export type Client = ReturnType<typeof http>;
const STAFF = ['reception', 'commissioner', 'clerk', 'supervisor'] as const;
export type Who = (typeof STAFF)[number];

/** A running product for the custody tests: worker, API, staff signed in, a building of vacant units with owners. */
export async function custodyStack() {
  const prisma: PrismaClient = testPrisma();
  const credentials = await seedTestStaff(prisma);
  const smtp = await startSmtpServer();
  const worker: RunningWorker = await startWorker(prisma, undefined, {}, { SMTP_URL: smtp.url });
  const api: RunningApi = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
  const temporal = await temporalClient();
  const tokens = Object.fromEntries(await Promise.all(STAFF.map(async (n) => [n, await login(api.url, n, credentials[n])]))) as Record<Who, string>;
  const as = Object.fromEntries(STAFF.map((n) => [n, http(api.url, tokens[n])])) as Record<Who, Client>;
  const estate = await prisma.estate.create({ data: { name: unique('托管苑'), address: '托管路 7 号' } });
  const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('T'), name: 'T栋', floors: 20 } });

  /** The owner's household of a vacant unit handed over a month ago (repairs in warranty are free). */
  const owner = (name = '钱多多') =>
    prisma.household.create({
      data: {
        occupancy: 'OWNER',
        name,
        phone: '13700002222',
        unit: { create: { number: unique('T').slice(0, 12), floor: 8, areaSqm: 100, buildingId: building.id, status: 'VACANT', handoverDate: new Date(Date.now() - 30 * 86_400_000) } },
      },
      include: { unit: true },
    });

  /** A custody policy version for the next custodies (tests use seconds where they wait for a patrol). */
  const usePolicy = async (changes: Partial<CustodyPolicy> = {}) => {
    const res = await as.supervisor.post('/policies', { key: 'custody', data: { ...DEFAULT_CUSTODY_POLICY, patrolEvery: 'P7D', ...changes }, note: 'test' });
    if (res.status !== 201) throw new Error(`policy refused: ${res.status} ${JSON.stringify(res.body)}`);
  };

  const start = async (householdId: number, changes: Record<string, unknown> = {}) => {
    const res = await as.reception.post('/custody', { householdId, agreementNo: unique('TG').slice(0, 30), signedOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10), water: 100, electricity: 500, ...changes });
    if (res.status !== 201) throw new Error(`custody refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; caseId: number; unitId: number };
  };
  const task = (caseId: number, key: string) =>
    eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId, key } } }).then((t) => t ?? undefined), 20_000, `task ${key}`);
  const complete = async (who: Client, caseId: number, key: string, formData: Record<string, unknown>) => {
    const res = await who.post(`/tasks/${(await task(caseId, key)).id}/complete`, { formData });
    if (res.status !== 200) throw new Error(`completing ${key} refused: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const workflowOf = async (caseId: number) => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).workflowId;
  /** Ends a custody at the owner's request and waits until its process has finished. */
  const end = async (custody: { id: number; caseId: number }, water = 101, electricity = 505) => {
    const res = await as.reception.post(`/custody/${custody.id}/end`, { water, electricity });
    if (res.status !== 201) throw new Error(`end refused: ${res.status} ${JSON.stringify(res.body)}`);
    await temporal.client.workflow.getHandle(await workflowOf(custody.caseId)).result();
  };

  return {
    prisma,
    api,
    temporal,
    as,
    estate,
    building,
    owner,
    usePolicy,
    start,
    task,
    complete,
    workflowOf,
    end,
    async close() {
      await prisma.policy.deleteMany({ where: { key: 'custody' } });
      await api.close();
      await worker.stop();
      await smtp.close();
      await temporal.close();
      await prisma.$disconnect();
    },
  };
}

export type CustodyStack = Awaited<ReturnType<typeof custodyStack>>;
