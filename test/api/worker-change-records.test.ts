import { MockActivityEnvironment } from '@temporalio/testing';
import type { ActivityDeps } from '../../apps/worker/src/activities';
import { workerActivities } from '../../apps/worker/src/worker';
import type { PrismaClient } from '../../prisma/client';
import { seedTestStaff, testPrisma, unique } from '../harness';

/**
 * Who changed what, also in the worker: a change of the money or the household file made by a process's
 * activity is recorded like one made through the API, with the process (workflow type and id) as the actor.
 */
describe('changes made by the worker are recorded with their process as the actor', () => {
  let prisma: PrismaClient;

  beforeAll(async () => {
    prisma = testPrisma();
    await seedTestStaff(prisma);
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it('FEE-2 a payment collected at home is in the household\'s history, made by its home-collection process', async () => {
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '上门路 1 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('K'), name: 'K栋', floors: 3 } });
    const unit = await prisma.unit.create({ data: { buildingId: building.id, number: unique('K'), floor: 1, areaSqm: 80 } });
    const household = await prisma.household.create({ data: { unitId: unit.id, occupancy: 'OWNER', name: '邓上门', phone: '13800001212' } });
    const workflowId = unique('home-collection');
    const kase = await prisma.case.create({
      data: { process: 'home-collection', workflowId, titleZh: '上门收费', titleEn: 'Home collection', householdId: household.id, policyKey: 'home-collection', policyVersion: 0 },
    });
    const cashier = await prisma.staff.findUniqueOrThrow({ where: { username: 'cashier' } });
    const starter = { start: async () => undefined, signal: async () => undefined } as unknown as ActivityDeps['starter'];
    const activities = workerActivities({ prisma, starter } as ActivityDeps);

    const env = new MockActivityEnvironment({ workflowType: 'homeCollectionWorkflow', workflowExecution: { workflowId, runId: 'run-1' } });
    const collected = { caseId: kase.id, householdId: household.id, amount: 80, method: 'CASH' as const, collectorId: cashier.id };
    const receipt = (await env.run(activities.recordHomePayment, collected)) as string;
    // Retried, the activity pays once and records once.
    await env.run(activities.recordHomePayment, collected);

    const payment = await prisma.payment.findFirstOrThrow({ where: { receiptNumber: receipt } });
    const records = await prisma.changeRecord.findMany({ where: { model: 'Payment', recordId: payment.id } });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'create',
      staffId: null,
      process: `homeCollectionWorkflow:${workflowId}`,
      householdId: household.id,
      after: expect.objectContaining({ amount: '80', method: 'CASH', channel: 'HOME', collectorId: cashier.id }),
    });
  });
});
