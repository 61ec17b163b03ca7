import { createPrismaClient } from '../../prisma/client';
import type { Credentials } from '../../prisma/seed';
import { completeWhenOpen, demoApi } from './demo-api';

const HOUR = 3600_000;

/**
 * A few repair orders for a new installation, at different stages, taken and worked through the API as
 * the reception, an engineer and the service commissioner would: one waiting for its visit, an emergency,
 * a leak waiting for its test, a paid job waiting for the cashier, one waiting for its return visit and one
 * closed. The units get handover dates (building 1 in 2023, out of the two-year warranty; the rest in
 * 2025). Nothing is added once any repair order exists.
 */
export async function seedDemoRepairs(apiUrl: string, credentials: Credentials, databaseUrl: string, say: (m: string) => void): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    if ((await prisma.repairOrder.count()) > 0) return;
    await prisma.unit.updateMany({ where: { handoverDate: null, building: { code: '1' } }, data: { handoverDate: new Date('2023-06-30') } });
    await prisma.unit.updateMany({ where: { handoverDate: null }, data: { handoverDate: new Date('2025-06-30') } });
    const owners = (code: string) =>
      prisma.household.findMany({ where: { occupancy: 'OWNER', partyType: 'INDIVIDUAL', unit: { building: { code } } }, orderBy: { id: 'asc' }, take: 6 });
    const old = await owners('1');
    const young = await owners('2');
    if (!old.length || young.length < 5) return;

    const { call } = demoApi(apiUrl, credentials);
    const window = (inHours: number) => [{ from: new Date(Date.now() + inHours * HOUR).toISOString(), to: new Date(Date.now() + (inHours + 2) * HOUR).toISOString() }];
    const take = (household: (typeof old)[number], order: Record<string, unknown>) =>
      call('reception', 'POST', '/repairs', { householdId: household.id, reporterName: household.name, phone: household.phone, channel: 'HOTLINE', windows: window(20), confirmedWithResident: true, ...order });
    const complete = (who: string, caseId: number, key: string, formData: Record<string, unknown>) => completeWhenOpen(prisma, call, who, caseId, key, formData);
    const work = { workDone: '已修复并试用正常。', materials: '密封圈 2 个', hours: 1, residentConfirmed: true };

    await take(young[0], { category: 'PLUMBING', description: '厨房水龙头滴水不止。' });
    await take(young[1], { category: 'SAFETY', description: '烟感报警器持续鸣叫，无法消音。', emergency: true, windows: undefined });
    const leak = await take(young[2], { category: 'LEAK', description: '卫生间楼板渗水到楼下。' });
    await complete('engineer', leak.caseId, 'arrive', { arrived: true });
    await complete('engineer', leak.caseId, 'work', { ...work, workDone: '重做卫生间防水层。', materials: '防水涂料 5 kg' });
    const paid = await take(old[0], { category: 'PLUMBING', description: '下水道堵塞。', priceCode: 'DRAIN', chargeAccepted: true });
    await complete('engineer', paid.caseId, 'arrive', { arrived: true });
    await complete('engineer', paid.caseId, 'work', { ...work, workDone: '疏通下水道。', materials: '' });
    const visit = await take(young[3], { category: 'DOORS', description: '入户门锁卡滞。' });
    await complete('engineer', visit.caseId, 'arrive', { arrived: true });
    await complete('engineer', visit.caseId, 'work', { ...work, workDone: '更换锁芯。', materials: '锁芯 1 个' });
    const done = await take(young[4], { category: 'ELECTRICAL', description: '客厅插座没电。' });
    await complete('engineer', done.caseId, 'arrive', { arrived: true });
    await complete('engineer', done.caseId, 'work', { ...work, workDone: '更换烧坏的插座。', materials: '五孔插座 1 个' });
    await complete('reception', done.caseId, 'check-in', { orderReturned: true });
    await complete('commissioner', done.caseId, 'return-visit', { method: 'PHONE', satisfaction: 'SATISFIED' });
    say('Demo repair orders taken: one at each stage, from the visit to the return visit.');
  } finally {
    await prisma.$disconnect();
  }
}
