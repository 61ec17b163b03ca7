import { createPrismaClient, type PrismaClient } from '../../prisma/client';
import { dropDatabase } from '../../scripts/stack/postgres';
import { seedDemoCustody } from '../../scripts/stack/demo-custody';
import { eventually, seedTestStaff, separateDatabase, startApi, startWorker, temporalClient, type RunningApi, type RunningWorker } from '../harness';

/** `npm start` seeds a few units in custody (MOV-7) on a new installation; a database of its own, as a new one is. */
describe('the demo of custody', () => {
  let databaseUrl: string;
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let credentials: Record<string, string>;

  beforeAll(async () => {
    databaseUrl = await separateDatabase('custody_demo');
    prisma = createPrismaClient(databaseUrl, 4);
    credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ DATABASE_URL: databaseUrl, TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
    const estate = await prisma.estate.create({ data: { name: '演示苑', address: '演示路 1 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: '9', name: '9栋', floors: 10 } });
    for (const [i, status] of (['CUSTODY', 'VACANT', 'CUSTODY', 'OCCUPIED'] as const).entries()) {
      await prisma.household.create({ data: { occupancy: 'OWNER', name: `业主${i}`, phone: `1380000000${i}`, unit: { create: { buildingId: building.id, number: `9-010${i}`, floor: 1, areaSqm: 90, status } } } });
    }
  });

  afterAll(async () => {
    // The custodies of this database stay in force: their workflows end with it.
    const temporal = await temporalClient();
    for await (const run of temporal.client.workflow.list({ query: `TaskQueue = '${worker.taskQueue}' AND ExecutionStatus = 'Running'` })) {
      await temporal.client.workflow.getHandle(run.workflowId, run.runId).terminate('test database dropped').catch(() => undefined);
    }
    await temporal.close();
    await api?.close();
    await worker?.stop();
    await prisma?.$disconnect();
    if (databaseUrl) await dropDatabase(databaseUrl);
  });

  it('MOV-7 the demo puts vacant units in custody through the API, one with a meter alert waiting, and only once', async () => {
    const said: string[] = [];
    await seedDemoCustody(api.url, credentials, databaseUrl, (m) => said.push(m));
    const custodies = await prisma.custody.findMany({ include: { unit: true } });
    expect(custodies).toHaveLength(3);
    expect(custodies.every((c) => c.unit.status !== 'OCCUPIED')).toBe(true);
    await eventually(async () => (await prisma.unit.count({ where: { id: { in: custodies.map((c) => c.unitId) }, status: 'CUSTODY' } })) === 3, 20_000, 'units in custody');
    await eventually(() => prisma.task.findFirst({ where: { key: { startsWith: 'alert-' }, status: 'OPEN' } }).then((t) => t ?? undefined), 20_000, 'alert task');
    expect(said.join(' ')).toContain('custody');
    await seedDemoCustody(api.url, credentials, databaseUrl, () => undefined);
    expect(await prisma.custody.count()).toBe(3);
  });
});
