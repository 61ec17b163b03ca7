import { createPrismaClient } from '../../prisma/client';
import type { Credentials } from '../../prisma/seed';
import { completeWhenOpen, demoApi } from './demo-api';

const DAY = 86_400_000;
/** A 1×1 PNG: the demo's stand-in for a scanned document. */
const SCAN = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const localDate = (days: number) => new Date(Date.now() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A few decorations for a new installation (DEC-1..DEC-7), applied for and worked through the API as the
 * reception, engineering, the cashier and security would: a tenant's application waiting for the owner's power
 * of attorney, a plan with engineering, a wall to be removed waiting for the housing authority's approval, works
 * under way (check a worker's pass at the gate as security), works stopped by a violation, and one completed
 * with its deposit refunded. Nothing is added once any decoration exists.
 */
export async function seedDemoDecorations(apiUrl: string, credentials: Credentials, databaseUrl: string, say: (m: string) => void): Promise<void> {
  const prisma = createPrismaClient(databaseUrl, 1);
  try {
    if ((await prisma.decoration.count()) > 0) return;
    const owners = await prisma.household.findMany({ where: { occupancy: 'OWNER', partyType: 'INDIVIDUAL', unit: { building: { code: '2' } } }, orderBy: { id: 'desc' }, take: 5 });
    const tenant = await prisma.household.findFirst({ where: { occupancy: 'TENANT' }, orderBy: { id: 'desc' } });
    if (owners.length < 5 || !tenant) return;
    const { call, upload } = demoApi(apiUrl, credentials);
    const check = (checklistId: number, code: string) =>
      upload('reception', `/checklists/${checklistId}/items/${code}/check`, new Blob([new Uint8Array(SCAN)], { type: 'image/png' }), `${code.toLowerCase()}.png`);
    type Applied = { id: number; checklistId: number; caseId: number; checklist: { items: { code: string }[] } };
    const apply = (household: { id: number; name: string; phone: string }, changes: Record<string, unknown> = {}) =>
      call<Applied>('reception', 'POST', '/decorations', {
        householdId: household.id,
        applicantKind: 'OWNER',
        applicantName: household.name,
        applicantPhone: household.phone,
        contractorName: '安居装饰有限公司',
        contractorPhone: '13900139000',
        plan: '厨房、卫生间翻新，更换地砖',
        structuralChange: false,
        loadIncrease: false,
        applicantAcknowledged: true,
        contractorAcknowledged: true,
        agreementSigned: true,
        worksFrom: localDate(0),
        worksTo: localDate(45),
        workers: [
          { name: '张建国', idNumber: '320102198001011234', phone: '13600136000', trade: '水电工' },
          { name: '李卫东', idNumber: '320102198502023456', trade: '泥瓦工' },
        ],
        ...changes,
      });
    /** Applied by the owner, the ID checked, filed. */
    const filed = async (household: (typeof owners)[number], changes: Record<string, unknown> = {}) => {
      const d = await apply(household, changes);
      for (const item of d.checklist.items) await check(d.checklistId, item.code);
      return call<Applied>('reception', 'POST', `/decorations/${d.id}/file`);
    };
    const complete = (who: string, caseId: number, key: string, formData: Record<string, unknown>) => completeWhenOpen(prisma, call, who, caseId, key, formData);
    const active = async (household: (typeof owners)[number], changes: Record<string, unknown> = {}) => {
      const d = await filed(household, changes);
      await complete('engineer', d.caseId, 'plan-review', { decision: 'APPROVED', note: '方案符合规定，同意施工。' });
      await complete('cashier', d.caseId, 'collect', { method: 'CASH' });
      for (let waited = 0; waited < 20_000 && (await prisma.decoration.findUniqueOrThrow({ where: { id: d.id } })).status !== 'ACTIVE'; waited += 250) await new Promise((r) => setTimeout(r, 250));
      return d;
    };

    const waiting = await apply(tenant, { applicantKind: 'TENANT', applicantName: tenant.name, applicantPhone: tenant.phone, plan: '卧室墙面重新粉刷' });
    await check(waiting.checklistId, 'TENANT_ID');
    await filed(owners[0], { plan: '阳台封闭，安装推拉窗' });
    const structural = await filed(owners[1], { plan: '拆除客厅与餐厅之间的隔墙', structuralChange: true });
    await complete('engineer', structural.caseId, 'plan-review', { decision: 'APPROVED', note: '须取得房管部门批准书后施工。' });
    const working = await active(owners[2]);
    const stopped = await active(owners[3], { plan: '全屋翻新' });
    await call('security', 'POST', `/decorations/${stopped.id}/violations`, { notes: '晚上 21:30 仍在电钻施工，违反装修时间规定。' });
    const done = await active(owners[4], { plan: '更换卫生间洁具', worksFrom: localDate(0), worksTo: localDate(10) });
    await call('engineer', 'POST', `/decorations/${done.id}/finish`);
    let walk: { id: number; items: { id: number }[] } | null = null;
    for (let waited = 0; waited < 20_000 && !walk; waited += 250) {
      const found = await prisma.inspection.findUnique({ where: { requestId: `decoration-${done.id}-acceptance` }, select: { id: true } });
      if (found) walk = await call<{ id: number; items: { id: number }[] }>('engineer', 'GET', `/inspections/${found.id}`);
      else await new Promise((r) => setTimeout(r, 250));
    }
    if (walk) {
      for (const item of walk.items) await call('engineer', 'PUT', `/inspections/${walk.id}/items/${item.id}`, { condition: 'GOOD' });
      for (const [party, name] of [['OWNER', owners[4].name], ['MAINTENANCE', '赵强']]) await call('engineer', 'POST', `/inspections/${walk.id}/confirm`, { party, name });
    }
    await complete('engineer', done.caseId, 'acceptance', { deposit: 'REFUND', notes: '验收合格，退还押金。' });
    const permit = (await prisma.decoration.findUniqueOrThrow({ where: { id: working.id } })).permitNumber;
    say(`Demo decorations: one at each stage; works under way with permit ${permit ?? ''} (check a worker's pass at the gate as security).`);
  } finally {
    await prisma.$disconnect();
  }
}
