import type { PrismaClient } from '../../prisma/client';
import { DEFAULT_DECORATION_POLICY, type DecorationPolicy } from '../../workflows/decoration/policy';
import { startSmtpServer } from '../harness/smtp';
import { minimalPdf } from '../harness/pdf';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';

export type Client = ReturnType<typeof http>;
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
const STAFF = ['reception', 'engineer', 'engineering-lead', 'cashier', 'supervisor', 'security', 'security-lead', 'greening'] as const;
export type Who = (typeof STAFF)[number];

/** The local date (China Standard Time) some days from now, as YYYY-MM-DD. */
export const localDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * DAY + 8 * HOUR).toISOString().slice(0, 10);

export interface DecorationView {
  id: number;
  status: string;
  caseId: number | null;
  checklistId: number;
  permitNumber: string | null;
  waitingFor: string | null;
  applicantMs: number;
  departmentMs: number | null;
  timing: string | null;
  deposit: string;
  authorityDocumentId: number | null;
  depositReason: string | null;
  refusalReason: string | null;
  acceptance: { id: number; status: string } | null;
  workers: { id: number; name: string; idNumber: string; pass: { id: number; number: string; code: string; validTo: string } | null }[];
  checklist: { items: { code: string; checkedAt: string | null }[] };
}

/** A running product for the decoration tests: worker, API, every role signed in, an estate with households. */
export async function decorationStack() {
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
    return { status: res.status, body: new Uint8Array(await res.arrayBuffer()) };
  };
  const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '装修路 5 号' } });
  const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('B'), name: unique('Z栋'), floors: 20 } });
  const household = (occupancy: 'OWNER' | 'TENANT' = 'OWNER', name = '王芳') =>
    prisma.household.create({
      data: { occupancy, name, phone: '13800138000', unit: { create: { number: unique('Z').slice(0, 12), floor: 6, areaSqm: 110, buildingId: building.id } } },
      include: { unit: true },
    });

  /** A policy version for the next filings (seconds where a test waits for a deadline or a rhythm). */
  const usePolicy = async (changes: Partial<DecorationPolicy> = {}) => {
    const quiet: Partial<DecorationPolicy> = { approveWithin: { after: 'PT1H' }, inspectEvery: 'PT1H', afterHours: { every: 'PT1H' } };
    const res = await as.supervisor.post('/policies', { key: 'decoration', data: { ...DEFAULT_DECORATION_POLICY, ...quiet, ...changes }, note: 'test' });
    if (res.status !== 201) throw new Error(`policy refused: ${JSON.stringify(res.body)}`);
  };

  const application = (householdId: number, changes: Record<string, unknown> = {}) => ({
    householdId,
    applicantKind: 'OWNER',
    applicantName: '王芳',
    applicantPhone: '13800138000',
    contractorName: '安居装饰有限公司',
    contractorPhone: '13900139000',
    plan: '厨房、卫生间翻新，更换地砖',
    structuralChange: false,
    loadIncrease: false,
    applicantAcknowledged: true,
    contractorAcknowledged: true,
    agreementSigned: true,
    worksFrom: localDate(-1),
    worksTo: localDate(30),
    workers: [
      { name: '张师傅', idNumber: '330106198001011234', phone: '13600136000', trade: '水电工' },
      { name: '李师傅', idNumber: '330106198502023456', trade: '泥瓦工' },
    ],
    ...changes,
  });
  const get = async (id: number) => (await as.reception.get(`/decorations/${id}`)).body as DecorationView;
  const apply = async (householdId: number, changes: Record<string, unknown> = {}) => {
    const res = await as.reception.post('/decorations', application(householdId, changes));
    if (res.status !== 201) throw new Error(`application refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as DecorationView;
  };
  const checkItem = (checklistId: number, code: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), `${code}.pdf`);
    form.append('note', '原件已核对');
    return as.reception.post(`/checklists/${checklistId}/items/${code}/check`, form);
  };
  /** Applied by the owner, the owner's ID checked, filed: the case runs. */
  const filed = async (householdId: number, changes: Record<string, unknown> = {}) => {
    const d = await apply(householdId, changes);
    for (const item of d.checklist.items) {
      const res = await checkItem(d.checklistId, item.code);
      if (res.status !== 200) throw new Error(`check refused: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const res = await as.reception.post(`/decorations/${d.id}/file`);
    if (res.status !== 200) throw new Error(`filing refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as DecorationView & { caseId: number };
  };
  const task = (caseId: number, key: string) =>
    eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId, key } } }).then((t) => t ?? undefined), 15_000, `task ${key}`);
  const complete = async (who: Client, caseId: number, key: string, formData: Record<string, unknown>) => {
    const res = await who.post(`/tasks/${(await task(caseId, key)).id}/complete`, { formData });
    if (res.status !== 200) throw new Error(`completing ${key} refused: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const until = (id: number, test: (d: DecorationView) => boolean, what: string) => eventually(async () => ((d) => (test(d) ? d : undefined))(await get(id)), 20_000, what);
  /** Filed, the plan approved by engineering, the fee and deposit collected: the works are under way. */
  const active = async (householdId: number, changes: Record<string, unknown> = {}) => {
    const d = await filed(householdId, changes);
    await complete(as.engineer, d.caseId, 'plan-review', { decision: 'APPROVED', note: '方案符合规定' });
    await complete(as.cashier, d.caseId, 'collect', { method: 'CASH' });
    return until(d.id, (v) => v.status === 'ACTIVE' && v.workers.every((w) => w.pass !== null), 'works active with passes');
  };
  /**
   * DEC-5: the works finished, the acceptance inspection walked (every item good, or one defect) and confirmed by
   * the owner and maintenance, then the acceptance task with the deposit's fate.
   */
  const accept = async (d: { id: number; caseId: number | null }, deposit: 'REFUND' | 'KEEP', notes: string, defect?: string) => {
    const finished = await as.engineer.post(`/decorations/${d.id}/finish`);
    if (finished.status !== 200) throw new Error(`finish refused: ${finished.status} ${JSON.stringify(finished.body)}`);
    const walk = await until(d.id, (v) => v.acceptance !== null, 'the acceptance inspection');
    const inspection = (await as.engineer.get(`/inspections/${walk.acceptance!.id}`)).body as { id: number; items: { id: number; code: string }[] };
    for (const item of inspection.items) {
      const result = item.code === 'CORRIDOR' && defect ? { condition: 'DEFECT', note: defect } : { condition: 'GOOD' };
      const res = await as.engineer.put(`/inspections/${inspection.id}/items/${item.id}`, result);
      if (res.status !== 200) throw new Error(`item refused: ${res.status} ${JSON.stringify(res.body)}`);
    }
    for (const [party, name] of [['OWNER', '王芳'], ['MAINTENANCE', '赵强']]) {
      const res = await as.engineer.post(`/inspections/${inspection.id}/confirm`, { party, name });
      if (res.status !== 200 && res.status !== 201) throw new Error(`confirm refused: ${res.status} ${JSON.stringify(res.body)}`);
    }
    await complete(as.engineer, d.caseId!, 'acceptance', { deposit, notes });
    return inspection;
  };
  const check = (query: string, who: Who = 'security') => as[who].post('/gate/check', { query, gate: '北门' });
  const workflowOf = async (caseId: number) => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).workflowId;

  return {
    prisma,
    worker,
    api,
    temporal,
    smtp,
    credentials,
    as,
    download,
    building,
    household,
    usePolicy,
    application,
    get,
    apply,
    checkItem,
    filed,
    task,
    complete,
    until,
    active,
    check,
    accept,
    workflowOf,
    async close() {
      await prisma.policy.deleteMany({ where: { key: 'decoration' } });
      await api.close();
      await worker.stop();
      await smtp.close();
      await temporal.close();
      await prisma.$disconnect();
    },
  };
}

export type DecorationStack = Awaited<ReturnType<typeof decorationStack>>;
