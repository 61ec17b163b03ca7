import type { PrismaClient } from '../../prisma/client';
import { http, listQuery, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';
import { minimalPdf } from '../harness/pdf';

/**
 * ARC-1: a record of the household file is withdrawn with a reason, never deleted. It leaves the lists
 * (a filter shows it), stays readable, cannot be changed, and its withdrawal is in the file's history.
 */
describe('withdrawals of household file records', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let token: string;
  let clerkToken: string;
  let credentials: Record<string, string>;
  let reception: ReturnType<typeof http>;
  let householdId: number;
  let receptionId: number;
  let clerkId: number;

  beforeAll(async () => {
    prisma = testPrisma();
    credentials = await seedTestStaff(prisma);
    api = await startApi();
    token = await login(api.url, 'reception', credentials.reception);
    // The internal clerk keeps the files: documents are withdrawn by the clerk.
    clerkToken = await login(api.url, 'clerk', credentials.clerk);
    reception = http(api.url, token);
    receptionId = (await prisma.staff.findUniqueOrThrow({ where: { username: 'reception' } })).id;
    clerkId = (await prisma.staff.findUniqueOrThrow({ where: { username: 'clerk' } })).id;
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '撤回路 1 号' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('W'), name: 'W栋', floors: 3 } });
    const unit = await prisma.unit.create({ data: { buildingId: building.id, number: unique('W'), floor: 1, areaSqm: 80 } });
    householdId = (await prisma.household.create({ data: { unitId: unit.id, occupancy: 'OWNER', name: '孙撤回', phone: '13800004444' } })).id;
  });

  afterAll(async () => {
    await api.close();
    await prisma.$disconnect();
  });

  /** DELETE with a JSON body (the harness's client sends none), by the reception, or the clerk for documents. */
  const withdraw = async (path: string, body?: unknown, language?: string) => {
    const res = await fetch(`${api.url}${path}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${path.startsWith('/documents') ? clerkToken : token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(language ? { 'Accept-Language': language } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (await res.json()) as any };
  };

  const uploadDocument = async () => {
    const form = new FormData();
    form.set('householdId', String(householdId));
    form.set('kind', 'AGREEMENT');
    form.set('title', '装修协议');
    form.set('file', new Blob([minimalPdf()], { type: 'application/pdf' }), 'agreement.pdf');
    return reception.post('/documents', form);
  };

  const created: Record<string, () => Promise<{ status: number; body: { id: number } }>> = {
    members: () => reception.post('/members', { householdId, name: '孙小撤', relation: '子女' }),
    contacts: () => reception.post('/contacts', { householdId, name: '孙大撤', phone: '13900005555' }),
    proxies: () => reception.post('/proxies', { householdId, name: '周代理', idNumber: '110101199001011234', scope: '装修手续' }),
    documents: uploadDocument,
  };
  const MODEL: Record<string, string> = { members: 'Member', contacts: 'Contact', proxies: 'Proxy', documents: 'Document' };

  it.each(Object.keys(created))('ARC-1 DELETE /%s withdraws the record with a reason: kept, readable, out of the list, in the history', async (resource) => {
    const record = await created[resource]();
    expect(record.status).toBe(201);
    const id = record.body.id;
    const listed = async (filter: object = {}) => (await reception.get(`/${resource}${listQuery({ filter: { householdId, ...filter }, range: [0, 99] })}`)).body.map((r: { id: number }) => r.id);
    expect(await listed()).toContain(id);

    // No reason, an empty one: 400 naming `reason`, and nothing changes.
    for (const body of [undefined, {}, { reason: '' }]) {
      const refused = await withdraw(`/${resource}/${id}`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'reason', message: 'a reason is required: say why the record is withdrawn' }]);
    }
    expect(await listed()).toContain(id);

    const [actorId, actorName] = resource === 'documents' ? [clerkId, '周敏'] : [receptionId, '陈静'];
    const withdrawn = await withdraw(`/${resource}/${id}`, { reason: '重复登记' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ id, withdrawnById: actorId, withdrawnByName: actorName, withdrawalReason: '重复登记' });
    expect(Date.parse(withdrawn.body.withdrawnAt)).toBeGreaterThan(Date.now() - 60_000);

    // The row is kept; the list leaves it out unless asked; by id it is still read (a reference to it resolves).
    expect(await prisma.changeRecord.count({ where: { model: MODEL[resource], recordId: id, action: 'delete' } })).toBe(0);
    expect(await listed()).not.toContain(id);
    expect(await listed({ withdrawn: false })).not.toContain(id);
    expect(await listed({ withdrawn: true })).toEqual([id]);
    expect(await listed({ id: [id] })).toEqual([id]);
    const read = await reception.get(`/${resource}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ withdrawalReason: '重复登记', withdrawnByName: actorName });

    // Once only; and a withdrawn record is kept as it was.
    const again = await withdraw(`/${resource}/${id}`, { reason: '再撤一次' }, 'zh-CN');
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/已撤回/);
    if (resource !== 'documents') {
      const change = await reception.put(`/${resource}/${id}`, { name: '改名' });
      expect(change.status).toBe(409);
      expect(change.body.message).toBe(`${resource === 'proxies' ? 'proxy' : resource.slice(0, -1)} ${id} is withdrawn: a withdrawn record is kept as it was`);
    }

    // The history shows the withdrawal: who, when, the reason.
    const history = await reception.get(`/history${listQuery({ filter: { model: MODEL[resource], recordId: id }, sort: ['id', 'ASC'] })}`);
    expect(history.status).toBe(200);
    expect(history.body.map((r: { action: string }) => r.action)).toEqual(['create', 'withdraw']);
    expect(history.body[1]).toMatchObject({ staffId: actorId, staffName: actorName, householdId, before: { withdrawnAt: null, withdrawalReason: null }, after: { withdrawalReason: '重复登记', withdrawnById: actorId } });
    const withdrawals = await reception.get(`/history${listQuery({ filter: { householdId, action: 'withdraw' } })}`);
    expect(withdrawals.body.map((r: { recordId: number }) => r.recordId)).toContain(id);
  });

  it('ARC-1 a withdrawn document is still downloadable', async () => {
    const doc = await uploadDocument();
    expect((await withdraw(`/documents/${doc.body.id}`, { reason: '扫描错误' })).status).toBe(200);
    const content = await fetch(`${api.url}/documents/${doc.body.id}/content`, { headers: { Authorization: `Bearer ${token}` } });
    expect(content.status).toBe(200);
    expect(Buffer.from(await content.arrayBuffer()).equals(minimalPdf())).toBe(true);
  });

  it('a withdrawal of a record that does not exist is a 404; a bad withdrawn filter a 400 naming it', async () => {
    expect((await withdraw('/members/987654321', { reason: '不存在' })).status).toBe(404);
    const bad = await reception.get(`/members${listQuery({ filter: { withdrawn: 'maybe' } })}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('filter.withdrawn');
  });

  it('a role that may not change the file may not withdraw from it (403), and nothing changes', async () => {
    const member = await created.members();
    const greening = await login(api.url, 'greening', credentials.greening);
    const res = await fetch(`${api.url}/members/${member.body.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${greening}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: '绿化部试试' }),
    });
    expect(res.status).toBe(403);
    expect((await prisma.member.findUniqueOrThrow({ where: { id: member.body.id } })).withdrawnAt).toBeNull();
  });
});
