import { randomBytes } from 'node:crypto';
import { fileLoanWorkflowId } from '../../workflows/file-loan/policy';
import type { PrismaClient } from '../../prisma/client';
import { http, login, seedTestStaff, startApi, temporalClient, testPrisma, unique, type RunningApi } from '../harness';
import { minimalPdf } from '../harness/pdf';

/**
 * Every intake of the household file takes a client request id: the same id sent twice at the same moment,
 * and once more later, stores one record, and every answer is that record. No worker runs: a file loan's
 * workflow is only started, which is all the intake does.
 */
describe('intakes of the household file with a requestId are taken once', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let clerk: ReturnType<typeof http>;
  let householdId: number;
  let unitId: number;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: unique('archive-intake') });
    // The internal clerk keeps the files: creates households, their records, and lends them (ARC-3).
    clerk = http(api.url, await login(api.url, 'clerk', credentials.clerk));
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '一次路 1 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('R'), name: 'R栋', floors: 3 } });
    unitId = (await prisma.unit.create({ data: { buildingId: building.id, number: unique('R'), floor: 1, areaSqm: 80 } })).id;
    householdId = (await prisma.household.create({ data: { unitId, occupancy: 'OWNER', name: '冯一次', phone: '13800006666' } })).id;
  });

  afterAll(async () => {
    await api?.close();
    await prisma?.$disconnect();
  });

  const requestId = (prefix: string) => `${prefix}-${randomBytes(8).toString('hex')}`;

  const document = (id?: string) => {
    const form = new FormData();
    form.set('householdId', String(householdId));
    form.set('kind', 'ID_COPY');
    form.set('title', '身份证复印件');
    form.set('file', new Blob([minimalPdf()], { type: 'application/pdf' }), 'id.pdf');
    if (id) form.set('requestId', id);
    return form;
  };

  const intakes: Record<string, { body: (id?: string) => object | FormData; count: () => Promise<number> }> = {
    households: {
      body: (id) => ({ unitId, occupancy: 'TENANT', name: '冯租户', phone: '13900007777', ...(id ? { requestId: id } : {}) }),
      count: () => prisma.household.count({ where: { unitId } }),
    },
    members: {
      body: (id) => ({ householdId, name: '冯小一', relation: '子女', ...(id ? { requestId: id } : {}) }),
      count: () => prisma.member.count({ where: { householdId } }),
    },
    contacts: {
      body: (id) => ({ householdId, name: '冯紧急', phone: '13700008888', emergency: true, ...(id ? { requestId: id } : {}) }),
      count: () => prisma.contact.count({ where: { householdId } }),
    },
    proxies: {
      body: (id) => ({ householdId, name: '冯代理', idNumber: '110101198001011234', scope: '入住手续', ...(id ? { requestId: id } : {}) }),
      count: () => prisma.proxy.count({ where: { householdId } }),
    },
    documents: { body: document, count: () => prisma.document.count({ where: { householdId } }) },
    'file-loans': {
      body: (id) => ({ householdId, borrower: '工程部 李明', purpose: '漏水索赔', ...(id ? { requestId: id } : {}) }),
      count: () => prisma.fileLoan.count({ where: { householdId } }),
    },
  };

  it.each(Object.keys(intakes))('POST /%s: the same requestId twice at once, and again later, stores one record', async (resource) => {
    const intake = intakes[resource];
    const id = requestId(resource);
    const before = await intake.count();
    const answers = await Promise.all([1, 2].map(() => clerk.post(`/${resource}`, intake.body(id))));
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(answers[1].body.id).toBe(answers[0].body.id);
    const again = await clerk.post(`/${resource}`, intake.body(id));
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(answers[0].body.id);
    expect(await intake.count()).toBe(before + 1);

    // Without a request id, each submission is a record of its own; a malformed one is a 400 naming it.
    expect((await clerk.post(`/${resource}`, intake.body())).status).toBe(201);
    const bad = await clerk.post(`/${resource}`, intake.body('short'));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['requestId']);
    expect(await intake.count()).toBe(before + 2);
  });

  it('ARC-3 a file lent twice with one requestId is chased by one workflow', async () => {
    const id = requestId('loan');
    const [first, second] = await Promise.all([1, 2].map(() => clerk.post('/file-loans', intakes['file-loans'].body(id))));
    expect(second.body.id).toBe(first.body.id);
    const temporal = await temporalClient();
    try {
      const description = await temporal.client.workflow.getHandle(fileLoanWorkflowId(first.body.id)).describe();
      expect(description.status.name).toBe('RUNNING');
      await temporal.client.workflow.getHandle(fileLoanWorkflowId(first.body.id)).terminate('test over');
    } finally {
      await temporal.close();
    }
  });
});
