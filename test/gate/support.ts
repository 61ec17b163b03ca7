import type { PrismaClient } from '../../prisma/client';
import { http, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';
import { minimalPdf } from '../harness/pdf';

export type Client = ReturnType<typeof http>;
const STAFF = ['reception', 'supervisor', 'security', 'security-lead', 'cleaning', 'engineer'] as const;
export type Who = (typeof STAFF)[number];
export const HOUR = 3600_000;

/**
 * A running API for the gate tests: no worker is needed (passes are checked against their window when they
 * are presented), every role signed in, an estate with an owner's and a tenant's household.
 */
export async function gateStack() {
  const prisma: PrismaClient = testPrisma();
  const credentials = await seedTestStaff(prisma);
  const api: RunningApi = await startApi();
  const tokens = Object.fromEntries(await Promise.all(STAFF.map(async (n) => [n, await login(api.url, n, credentials[n])]))) as Record<Who, string>;
  const as = Object.fromEntries(STAFF.map((n) => [n, http(api.url, tokens[n])])) as Record<Who, Client>;
  const download = async (who: Who, path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${tokens[who]}` } });
    return { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) };
  };
  const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '放行路 8 号' } });
  const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('B'), name: 'G栋', floors: 12 } });
  const household = (occupancy: 'OWNER' | 'TENANT', name: string) =>
    prisma.household.create({
      data: { occupancy, name, phone: '13700001111', unit: { create: { number: unique('G').slice(0, 12), floor: 3, areaSqm: 88, buildingId: building.id } } },
      include: { unit: true },
    });

  /** A window that is open now, as the desk types it. */
  const openWindow = () => ({ validFrom: new Date(Date.now() - HOUR).toISOString(), validTo: new Date(Date.now() + 4 * HOUR).toISOString() });
  const application = (householdId: number, changes: Record<string, unknown> = {}) => ({
    householdId,
    applicantKind: 'OWNER',
    applicantName: '赵敏',
    applicantPhone: '13700001111',
    items: [
      { name: '冰箱 Refrigerator', quantity: 1 },
      { name: '纸箱 Boxes', quantity: 6 },
    ],
    vehicle: '粤B·12345 蓝色货车',
    ...openWindow(),
    ...changes,
  });
  const apply = async (householdId: number, changes: Record<string, unknown> = {}) => {
    const res = await as.reception.post('/release-passes', application(householdId, changes));
    if (res.status !== 201) throw new Error(`application refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; checklistId: number; status: string; checklist: { items: { code: string; required: boolean; checkedAt: string | null }[] } };
  };
  /** Staff check one item of a checklist with a scan, filed on the household's file. */
  const checkItem = async (checklistId: number, code: string, who: Who = 'reception') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), `${code}.pdf`);
    form.append('note', '原件已核对');
    return as[who].post(`/checklists/${checklistId}/items/${code}/check`, form);
  };
  /** An issued pass: applied by the owner, the ID checked, issued. */
  const issued = async (householdId: number, changes: Record<string, unknown> = {}) => {
    const rp = await apply(householdId, changes);
    for (const item of rp.checklist.items) {
      const res = await checkItem(rp.checklistId, item.code);
      if (res.status !== 200) throw new Error(`check refused: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const res = await as.reception.post(`/release-passes/${rp.id}/issue`);
    if (res.status !== 200) throw new Error(`issue refused: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: number; status: string; pass: { id: number; number: string; code: string } };
  };
  const check = (query: string, who: Who = 'security', gate = '北门') => as[who].post('/gate/check', { query, gate });

  return {
    prisma,
    api,
    credentials,
    as,
    download,
    household,
    apply,
    checkItem,
    issued,
    check,
    async close() {
      await api.close();
      await prisma.$disconnect();
    },
  };
}
