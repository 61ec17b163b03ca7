import type { PrismaClient } from '../../prisma/client';
import { eventually, http, login, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';

export type Client = ReturnType<typeof http>;
const STAFF = ['reception', 'engineer', 'supervisor', 'cashier', 'greening'] as const;
export type Who = (typeof STAFF)[number];

/** A tiny PNG, as a tablet's camera would upload a photo. */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

export interface InspectionItemRow {
  id: number;
  roomCode: string;
  code: string;
  labelEn: string;
  condition: string | null;
  repairOrderId: number | null;
  signedOffAt: string | null;
  photos: { attachmentId: number }[];
}
export interface InspectionBody {
  id: number;
  caseId: number;
  status: string;
  items: InspectionItemRow[];
  confirmations: { party: string; name: string }[];
}

/**
 * A running product for the inspection tests: worker (defects become repair orders, whose workflows run), API,
 * every role signed in, and a unit just handed over with a case for the inspection to stand on.
 */
export async function inspectionStack() {
  const prisma: PrismaClient = testPrisma();
  const credentials = await seedTestStaff(prisma);
  const worker: RunningWorker = await startWorker(prisma);
  const api: RunningApi = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
  const tokens = Object.fromEntries(await Promise.all(STAFF.map(async (n) => [n, await login(api.url, n, credentials[n])]))) as Record<Who, string>;
  const as = Object.fromEntries(STAFF.map((n) => [n, http(api.url, tokens[n])])) as Record<Who, Client>;
  const download = async (who: Who, path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${tokens[who]}` } });
    return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) };
  };
  const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '验房路 5 号' } });
  const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('B'), name: 'H栋', floors: 20 } });

  /** A household of a unit handed over today, and a case (of any process) the inspection stands on. */
  const home = async (name = '陈静') => {
    const household = await prisma.household.create({
      data: { occupancy: 'OWNER', name, phone: '13900002222', unit: { create: { number: unique('H').slice(0, 12), floor: 6, areaSqm: 102, buildingId: building.id, handoverDate: new Date() } } },
      include: { unit: true },
    });
    const kase = await prisma.case.create({ data: { process: 'inspection-test', workflowId: unique('inspection-test'), titleZh: '验房', titleEn: 'Inspection', householdId: household.id, policyKey: 'inspection-templates', policyVersion: 0 } });
    return { household, caseId: kase.id };
  };

  const open = async (caseId: number, householdId: number, template = 'move-in') => {
    const res = await as.engineer.post('/inspections', { template, caseId, householdId });
    if (res.status !== 201) throw new Error(`inspection refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as InspectionBody;
  };
  const record = (id: number, itemId: number, body: Record<string, unknown>, who: Who = 'engineer') => as[who].put(`/inspections/${id}/items/${itemId}`, body);
  /** Every item good but the defects given as "ROOM/ITEM": note. */
  const walk = async (inspection: InspectionBody, defects: Record<string, string> = {}) => {
    for (const item of inspection.items) {
      const note = defects[`${item.roomCode}/${item.code}`];
      const res = await record(inspection.id, item.id, note ? { condition: 'DEFECT', note } : { condition: item.code === 'GAS_PIPE' ? 'NOT_APPLICABLE' : 'GOOD' });
      if (res.status !== 200) throw new Error(`item refused: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const meters = await as.engineer.put(`/inspections/${inspection.id}/meters`, { readings: { WATER: 3.5, ELECTRICITY: 120.2, GAS: 0.8 } });
    if (meters.status !== 200) throw new Error(`meters refused: ${meters.status} ${JSON.stringify(meters.body)}`);
  };
  const confirmBoth = async (id: number, owner = '陈静') => {
    for (const [party, name] of [['MAINTENANCE', '维修员 刘强'], ['OWNER', owner]]) {
      const res = await as.engineer.post(`/inspections/${id}/confirm`, { party, name });
      if (res.status !== 200) throw new Error(`confirmation refused: ${res.status} ${JSON.stringify(res.body)}`);
    }
  };
  const task = (caseId: number, key: string) =>
    eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId, key } } }).then((t) => t ?? undefined), 15_000, `task ${key}`);
  const complete = async (who: Client, caseId: number, key: string, formData: Record<string, unknown>) => {
    const res = await who.post(`/tasks/${(await task(caseId, key)).id}/complete`, { formData });
    if (res.status !== 200) throw new Error(`completing ${key} refused: ${res.status} ${JSON.stringify(res.body)}`);
  };

  return {
    prisma,
    as,
    download,
    home,
    open,
    record,
    walk,
    confirmBoth,
    task,
    complete,
    async close() {
      await api.close();
      await worker.stop();
      await prisma.$disconnect();
    },
  };
}
