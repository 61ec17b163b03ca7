import type { PrismaClient } from '../../prisma/client';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { recordHistory } from '../harness/histories';
import { moveInWorkflowId } from '../../workflows/move-in/policy';
import { minimalPdf } from '../harness/pdf';

export type Client = ReturnType<typeof http>;
const STAFF = ['reception', 'commissioner', 'engineer', 'cashier', 'supervisor', 'greening'] as const;
export type Who = (typeof STAFF)[number];
export const HOUR = 3600_000;

/** The local date (China Standard Time) some days from now, as YYYY-MM-DD. */
export const localDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 24 * HOUR + 8 * HOUR).toISOString().slice(0, 10);

export interface MoveInBody {
  id: number;
  caseId: number;
  householdId: number;
  checklistId: number;
  stage: string;
  inspectionId: number | null;
  feeReceipt: string | null;
  checklist: { completedAt: string | null; items: { code: string; checkedAt: string | null }[] };
}

/** A running product for the move-in tests: worker, API, every role signed in, a building being handed over. */
export async function moveInStack() {
  const prisma: PrismaClient = testPrisma();
  const credentials = await seedTestStaff(prisma);
  const worker: RunningWorker = await startWorker(prisma);
  const api: RunningApi = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
  const temporal = await temporalClient();
  const tokens = Object.fromEntries(await Promise.all(STAFF.map(async (n) => [n, await login(api.url, n, credentials[n])]))) as Record<Who, string>;
  const as = Object.fromEntries(STAFF.map((n) => [n, http(api.url, tokens[n])])) as Record<Who, Client>;
  const download = async (who: Who, path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${tokens[who]}` } });
    return { status: res.status, body: new Uint8Array(await res.arrayBuffer()) };
  };
  const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '交付路 1 号' } });
  const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('B'), name: 'B区3栋', floors: 26 } });
  /** A unit being handed over (no handover date yet) with its new owner's household from the buyers' list. */
  const household = (name = '陈静') =>
    prisma.household.create({
      data: { occupancy: 'OWNER', name, phone: '13900002222', unit: { create: { number: unique('R').slice(0, 12), floor: 12, areaSqm: 100, buildingId: building.id } } },
      include: { unit: true },
    });
  const unit = () => prisma.unit.create({ data: { number: unique('U').slice(0, 12), floor: 8, areaSqm: 90, buildingId: building.id } });

  const open = async (body: Record<string, unknown>) => {
    const res = await as.reception.post('/move-ins', { applicantKind: 'OWNER', applicantName: '陈静', applicantPhone: '13900002222', ...body });
    if (res.status !== 201) throw new Error(`move-in refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as MoveInBody;
  };
  /** Staff check one document of a checklist with its scan (filed on the household's file). */
  const checkItem = async (checklistId: number, code: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), `${code}.pdf`);
    const res = await as.reception.post(`/checklists/${checklistId}/items/${code}/check`, form);
    if (res.status !== 200) throw new Error(`check refused: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const task = (caseId: number, key: string) =>
    eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId, key } } }).then((t) => t ?? undefined), 20_000, `task ${key}`);
  const complete = async (who: Who, caseId: number, key: string, formData: Record<string, unknown>) => {
    const res = await as[who].post(`/tasks/${(await task(caseId, key)).id}/complete`, { formData });
    if (res.status !== 200) throw new Error(`completing ${key} refused: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const registration = { agreements: ['MANAGEMENT_AGREEMENT', 'RESIDENT_COVENANT', 'DECORATION_NOTICE'], members: [{ name: '王磊', relation: '配偶 Spouse', phone: '13900003333' }], contacts: [{ name: '陈母', relation: '母亲 Mother', phone: '13900004444', emergency: true }] };
  const issue = { receivedBy: '陈静', items: [{ code: 'KEY_DOOR', count: 3 }, { code: 'KEY_MAILBOX', count: 2 }, { code: 'KEY_ACCESS_CARD', count: 2 }, { code: 'HANDBOOK', count: 1 }, { code: 'WATER_DIAGRAM', count: 1 }, { code: 'ELECTRICITY_DIAGRAM', count: 1 }] };

  /** MOV-1..MOV-4 done as the desk and the cashier do them: the process reaches the inspection. */
  const upToInspection = async (m: MoveInBody) => {
    for (const item of m.checklist.items) await checkItem(m.checklistId, item.code);
    await complete('reception', m.caseId, 'documents', { documentsChecked: true });
    expect((await as.reception.post(`/move-ins/${m.id}/registration`, registration)).status).toBe(200);
    await complete('reception', m.caseId, 'registration', { registered: true });
    expect((await as.reception.post(`/move-ins/${m.id}/issue`, issue)).status).toBe(200);
    await complete('reception', m.caseId, 'issue', { issued: true });
    await complete('cashier', m.caseId, 'fee', { method: 'CASH' });
    return eventually(async () => {
      const row = await prisma.moveIn.findUniqueOrThrow({ where: { id: m.id } });
      return row.inspectionId ?? undefined;
    }, 20_000, 'inspection opened');
  };

  /** The inspection walked on the tablet: every item good but the defects given ("ROOM/ITEM": note), meters read, both confirm. */
  const walk = async (inspectionId: number, defects: Record<string, string> = {}) => {
    const inspection = (await as.engineer.get(`/inspections/${inspectionId}`)).body as { items: { id: number; roomCode: string; code: string }[] };
    for (const item of inspection.items) {
      const note = defects[`${item.roomCode}/${item.code}`];
      const res = await as.engineer.put(`/inspections/${inspectionId}/items/${item.id}`, note ? { condition: 'DEFECT', note } : { condition: 'GOOD' });
      if (res.status !== 200) throw new Error(`item refused: ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect((await as.engineer.put(`/inspections/${inspectionId}/meters`, { readings: { WATER: 0.5, ELECTRICITY: 12.3, GAS: 0.1 } })).status).toBe(200);
    for (const [party, name] of [['MAINTENANCE', '维修员 赵强'], ['OWNER', '陈静']]) expect((await as.engineer.post(`/inspections/${inspectionId}/confirm`, { party, name })).status).toBe(200);
  };
  const caseStatus = (caseId: number) => eventually(() => prisma.case.findUniqueOrThrow({ where: { id: caseId } }).then((c) => (c.status === 'OPEN' ? undefined : c.status)), 20_000, 'case closed');

  /** With RECORD_HISTORIES=1, keeps the case's history for the replay tests. */
  const record = (caseId: number, name: string) => recordHistory(temporal.client, moveInWorkflowId(caseId), 'move-in', name);

  return {
    prisma,
    api,
    credentials,
    record,
    as,
    download,
    building,
    household,
    unit,
    open,
    checkItem,
    task,
    complete,
    registration,
    issue,
    upToInspection,
    walk,
    caseStatus,
    async close() {
      await api.close();
      await worker.stop();
      await temporal.close();
      await prisma.$disconnect();
    },
  };
}
