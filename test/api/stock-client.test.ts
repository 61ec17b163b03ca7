import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider, type RaRecord } from 'ra-core';
import type { PrismaClient } from '../../prisma/client';
import { eventually, login, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { minimalPdf } from '../harness/pdf';

const HOUR = 3600_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = RaRecord<number> & Record<string, any>;

/**
 * The API driven by the stock `ra-data-simple-rest` data provider, as react-admin would use it without
 * any adaptation of ours: the whole CRUD of households and complaints, on the real database, the real
 * Temporal dev server and a real worker.
 */
describe('the stock ra-data-simple-rest client', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let reception: DataProvider;
  let supervisorToken: string;
  let receptionToken: string;
  let receptionId: number;
  let buildingId: number;
  let units: { id: number; number: string }[];

  /** The stock provider, with an httpClient that adds the Bearer token (ra-core's `user` option). */
  const provider = (token: string) =>
    simpleRestProvider(api.url, (url: string, options: fetchUtils.Options = {}) =>
      fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${token}` } }),
    );

  /** What the API answered when the provider's call was refused. */
  async function refusal(call: Promise<unknown>): Promise<{ status: number; body: Row }> {
    const error = await call.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof HttpError)) throw new Error(`expected an HTTP refusal, got ${String(error)}`);
    return { status: error.status, body: error.body as Row };
  }

  /** One raw request, for what the stock client never sends (broken bodies) or does not show (headers). */
  const raw = (method: string, path: string, headers: Record<string, string> = {}, body?: string | FormData, token = receptionToken) =>
    fetch(`${api.url}${path}`, { method, headers: { Authorization: `Bearer ${token}`, ...headers }, body });

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
    receptionToken = await login(api.url, 'reception', credentials.reception);
    reception = provider(receptionToken);
    supervisorToken = await login(api.url, 'supervisor', credentials.supervisor);
    receptionId = (await prisma.staff.findUniqueOrThrow({ where: { username: 'reception' } })).id;

    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: 'Stock Road 5' } });
    const building = await prisma.building.create({ data: { estateId: estate.id, code: 'S', name: 'S栋', floors: 4 } });
    buildingId = building.id;
    units = await prisma.unit.createManyAndReturn({
      data: ['S-0101', 'S-0102', 'S-0201', 'S-0202'].map((number, i) => ({ buildingId, number, floor: 1 + (i >> 1), areaSqm: 90 })),
      select: { id: true, number: true },
    });
    await prisma.household.createMany({
      data: [
        { unitId: units[0].id, occupancy: 'OWNER', name: '周杰', phone: '13800007001' },
        { unitId: units[1].id, occupancy: 'OWNER', name: '吴昊', phone: '13800007002' },
        { unitId: units[1].id, occupancy: 'TENANT', name: '郑爽', phone: '13800007003' },
      ],
    });
  });

  afterAll(async () => {
    await api?.close();
    await worker?.stop();
    await prisma?.$disconnect();
  });

  const page = (perPage = 25) => ({ page: 1, perPage });

  describe('households', () => {
    it('ARC-1 getList pages and sorts with Content-Range; getMany and getManyReference find the files', async () => {
      const first = await reception.getList('households', { pagination: { page: 1, perPage: 2 }, sort: { field: 'unit.number', order: 'ASC' }, filter: { buildingId } });
      expect(first.total).toBe(3);
      expect(first.data.map((h: Row) => h.unit.number)).toEqual(['S-0101', 'S-0102']);
      const second = await reception.getList('households', { pagination: { page: 2, perPage: 2 }, sort: { field: 'unit.number', order: 'ASC' }, filter: { buildingId } });
      expect(second.total).toBe(3);
      expect(second.data).toHaveLength(1);

      const ids = first.data.map((h) => h.id);
      const many = await reception.getMany('households', { ids });
      expect(many.data.map((h) => h.id).sort()).toEqual([...ids].sort());

      const ofUnit = await reception.getManyReference('households', {
        target: 'unitId',
        id: units[1].id,
        pagination: page(),
        sort: { field: 'name', order: 'ASC' },
        filter: {},
      });
      expect(ofUnit.total).toBe(2);
      expect(ofUnit.data.map((h: Row) => h.occupancy).sort()).toEqual(['OWNER', 'TENANT']);
    });

    it('ARC-1 create, then update by sending the whole record back: the change is kept, ids and timestamps are not changeable', async () => {
      const created = await reception.create('households', {
        data: { unitId: units[2].id, occupancy: 'OWNER', name: 'Emma Wilson', phone: '13800007004', language: 'en', moveInDate: '2024-05-01' },
      });
      expect(created.data).toMatchObject({ name: 'Emma Wilson', moveInDate: '2024-05-01', active: true, unit: { number: 'S-0201' } });

      // What react-admin's edit form sends: every field GET answered (id, unit, createdAt, nulls...), one of them edited.
      const { data: record } = await reception.getOne<Row>('households', { id: created.data.id });
      const updated = await reception.update<Row>('households', { id: record.id, data: { ...record, phone: '13912345678', notes: 'prefers e-mail' }, previousData: record });
      expect(updated.data).toMatchObject({ id: record.id, phone: '13912345678', notes: 'prefers e-mail', email: null, language: 'en', unit: { number: 'S-0201' } });
      expect((await reception.getOne<Row>('households', { id: record.id })).data).toMatchObject({ phone: '13912345678', notes: 'prefers e-mail' });

      // The whole record with nothing edited changes nothing.
      const again = (await reception.getOne<Row>('households', { id: record.id })).data;
      const unchanged = await reception.update<Row>('households', { id: record.id, data: again, previousData: again });
      expect(unchanged.data).toMatchObject({ phone: '13912345678', notes: 'prefers e-mail' });

      // A field the system keeps is refused when it really changes; an edited field is still validated.
      const kept = await refusal(reception.update('households', { id: record.id, data: { ...again, createdAt: '2000-01-01T00:00:00.000Z' }, previousData: again }));
      expect(kept.status).toBe(400);
      expect(kept.body.errors).toEqual([{ field: 'createdAt', message: 'is kept by the system and cannot be changed' }]);
      const invalid = await refusal(reception.update('households', { id: record.id, data: { ...again, phone: 'call me', vip: true }, previousData: again }));
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['phone', 'vip']);
      expect((await prisma.household.findUniqueOrThrow({ where: { id: record.id } })).phone).toBe('13912345678');

      // updateMany: the same partial change PUT to each record.
      const others = (await reception.getList('households', { pagination: page(), sort: { field: 'id', order: 'ASC' }, filter: { unitId: units[1].id } })).data;
      const many = await reception.updateMany('households', { ids: others.map((h) => h.id), data: { notes: 'annual check done' } });
      expect([...(many.data ?? [])].sort()).toEqual(others.map((h) => h.id).sort());
      expect((await prisma.household.findMany({ where: { unitId: units[1].id } })).map((h) => h.notes)).toEqual(['annual check done', 'annual check done']);
    });

    it('ARC-1 delete answers 405 with the reason and the way to withdraw the file; the household is still there', async () => {
      const { data: household } = await reception.getList('households', { pagination: page(1), sort: { field: 'id', order: 'ASC' }, filter: { unitId: units[0].id } });
      const id = household[0].id;

      const refused = await refusal(reception.delete('households', { id, previousData: household[0] }));
      expect(refused.status).toBe(405);
      expect(refused.body).toEqual({
        statusCode: 405,
        error: 'Method Not Allowed',
        message: `A household file is never deleted (ARC-1: the file is kept). To withdraw it, mark it inactive: PUT /households/${id} with active: false.`,
      });
      // The stock client's own DELETE (Content-Type: text/plain, no body), seen raw for its Allow header.
      const answer = await raw('DELETE', `/households/${id}`, { 'Content-Type': 'text/plain' });
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET, HEAD, PUT');
      expect((await raw('HEAD', `/households/${id}`)).status).toBe(200);
      expect((await refusal(reception.deleteMany('households', { ids: [id] }))).status).toBe(405);
      expect((await reception.getOne('households', { id })).data).toMatchObject({ id, active: true });

      // The way the answer points to: withdrawn, still on file.
      const withdrawn = await reception.update<Row>('households', { id, data: { ...household[0], active: false }, previousData: household[0] });
      expect(withdrawn.data.active).toBe(false);
      expect(await prisma.household.count({ where: { id } })).toBe(1);

      const missing = await refusal(reception.delete('households', { id: 987654321 }));
      expect(missing.status).toBe(404);
    });
  });

  describe('complaints', () => {
    let household: Row;

    const intake = (changes: Record<string, unknown> = {}) => ({
      householdId: household.id,
      complainantName: household.name,
      phone: household.phone,
      channel: 'HOTLINE',
      occurredAt: new Date(Date.now() - HOUR).toISOString(),
      place: 'S栋 3 楼走廊',
      subject: '保洁部 早班人员',
      department: 'CLEANING',
      description: '走廊垃圾两天没有清理。',
      request: '今天清理干净',
      tier: 'MINOR',
      confirmedWithResident: true,
      ...changes,
    });

    const handleTask = (caseId: number) =>
      eventually(() => prisma.task.findUnique({ where: { caseId_key: { caseId, key: 'handle' } } }).then((t) => t ?? undefined), 20_000, 'the handle task');

    const corrections = async (caseId: number) =>
      (
        await reception.getList('timeline', { pagination: page(), sort: { field: 'id', order: 'ASC' }, filter: { caseId, type: 'COMPLAINT_CORRECTED' } })
      ).data as Row[];

    beforeAll(async () => {
      household = (await reception.getList('households', { pagination: page(1), sort: { field: 'id', order: 'ASC' }, filter: { unitId: units[1].id, occupancy: 'OWNER' } })).data[0];
    });

    it('CMP-1 create takes a complaint and starts its process on the real dev server; the list, getMany and getManyReference find it', async () => {
      const { data: taken } = await reception.create<Row>('complaints', { data: intake() });
      expect(taken).toMatchObject({ householdId: household.id, place: 'S栋 3 楼走廊', status: 'OPEN', case: { status: 'OPEN' } });
      await handleTask(taken.caseId);

      const list = await reception.getList('complaints', { pagination: page(), sort: { field: 'createdAt', order: 'DESC' }, filter: { householdId: household.id } });
      expect(list.total).toBe(1);
      expect(list.data[0]).toMatchObject({ id: taken.id, case: { id: taken.caseId } });
      expect((await reception.getMany('complaints', { ids: [taken.id] })).data.map((c) => c.id)).toEqual([taken.id]);
      const ofHousehold = await reception.getManyReference('complaints', { target: 'householdId', id: household.id, pagination: page(), sort: { field: 'id', order: 'ASC' }, filter: {} });
      expect(ofHousehold.data.map((c) => c.id)).toEqual([taken.id]);
    });

    it("CMP-1 update corrects the resident's details from the whole record; each change is in the case timeline with who made it", async () => {
      const { data: taken } = await reception.create<Row>('complaints', { data: intake() });
      await handleTask(taken.caseId);
      const { data: record } = await reception.getOne<Row>('complaints', { id: taken.id });

      // react-admin sends back everything GET answered (id, caseId, case, createdAt, status...), two fields edited.
      const corrected = await reception.update<Row>('complaints', {
        id: record.id,
        data: { ...record, place: 'S栋 4 楼走廊', request: '今天清理干净，并安排每日检查', reason: '受理时楼层记错' },
        previousData: record,
      });
      const { data: read } = await reception.getOne<Row>('complaints', { id: record.id });
      expect(corrected.data).toEqual(read);
      expect(read).toMatchObject({ place: 'S栋 4 楼走廊', request: '今天清理干净，并安排每日检查', tier: 'MINOR', status: 'OPEN' });

      const [entry, ...more] = await corrections(record.caseId);
      expect(more).toEqual([]);
      expect(entry).toMatchObject({
        caseId: record.caseId,
        type: 'COMPLAINT_CORRECTED',
        actorId: receptionId,
        data: {
          changes: {
            place: { from: 'S栋 3 楼走廊', to: 'S栋 4 楼走廊' },
            request: { from: '今天清理干净', to: '今天清理干净，并安排每日检查' },
          },
          reason: '受理时楼层记错',
        },
      });
      expect(Object.keys(entry.data.changes).sort()).toEqual(['place', 'request']);

      // The whole record sent back as it is now, and again with the same values: nothing is written.
      await reception.update('complaints', { id: record.id, data: read, previousData: read });
      await reception.update('complaints', { id: record.id, data: { ...read, occurredAt: new Date(read.occurredAt).toISOString(), reason: 'no change' }, previousData: read });
      expect(await corrections(record.caseId)).toHaveLength(1);

      // The subject names the case: its title follows the correction.
      await reception.update('complaints', { id: record.id, data: { ...read, subject: '保洁部 晚班人员' }, previousData: read });
      const { data: kase } = await reception.getOne<Row>('cases', { id: record.caseId });
      expect(kase).toMatchObject({ titleZh: '轻微投诉：保洁部 晚班人员', titleEn: 'Minor complaint: 保洁部 晚班人员' });
      const entries = await corrections(record.caseId);
      expect(entries.map((e) => e.data.changes)).toEqual([expect.anything(), { subject: { from: '保洁部 早班人员', to: '保洁部 晚班人员' } }]);
      expect(entries[1].data.reason).toBeUndefined();

      // A corrected field is validated as at intake; an unknown field is refused; nothing is written.
      const invalid = await refusal(reception.update('complaints', { id: record.id, data: { ...read, phone: 'call me', place: '', urgent: true }, previousData: read }));
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['phone', 'place', 'urgent']);
      expect(await corrections(record.caseId)).toHaveLength(2);
    });

    it("CMP-1 what the process goes by is not corrected: the tier (400, through the case's tier override), the department, the status", async () => {
      const { data: taken } = await reception.create<Row>('complaints', { data: intake() });
      const { data: record } = await reception.getOne<Row>('complaints', { id: taken.id });

      const tier = await refusal(reception.update('complaints', { id: record.id, data: { ...record, tier: 'MAJOR', place: 'S栋 大堂' }, previousData: record }));
      expect(tier.status).toBe(400);
      expect(tier.body.errors).toEqual([
        { field: 'tier', message: `is changed through the case's tier override (POST /cases/${record.caseId}/tier), which re-times the handling` },
      ]);
      expect(tier.body.message).toBe(`tier: ${tier.body.errors[0].message}`);

      const others = await refusal(
        reception.update('complaints', { id: record.id, data: { ...record, department: 'SECURITY', channel: 'VISIT', status: 'RESOLVED', caseId: 1 }, previousData: record }),
      );
      expect(others.status).toBe(400);
      expect(others.body.errors).toEqual([
        { field: 'caseId', message: 'is kept by the system and cannot be changed' },
        { field: 'channel', message: 'is fixed when the complaint is taken: it records how the complaint came in' },
        { field: 'department', message: `is not corrected: to move the handling to another department, reassign its task through the case (POST /cases/${record.caseId}/reassign)` },
        { field: 'status', message: "is kept by the complaint's process and changes only through its tasks" },
      ].sort((a, b) => Object.keys(record).indexOf(a.field) - Object.keys(record).indexOf(b.field)));

      // In Chinese too, as the back office shows it.
      const zh = await raw('PUT', `/complaints/${record.id}`, { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' }, JSON.stringify({ tier: 'MAJOR' }));
      expect(zh.status).toBe(400);
      expect(((await zh.json()) as Row).errors).toEqual([{ field: 'tier', message: `须通过个案的级别调整更改（POST /cases/${record.caseId}/tier），处理期限随之重新计算` }]);

      const stored = await prisma.complaint.findUniqueOrThrow({ where: { id: record.id } });
      expect(stored).toMatchObject({ tier: 'MINOR', department: 'CLEANING', channel: 'HOTLINE', place: 'S栋 3 楼走廊' });
      expect(await corrections(record.caseId)).toEqual([]);
    });

    it('CMP-7 delete answers 405 with how an invalid complaint is closed; the complaint is still there', async () => {
      const { data: taken } = await reception.create<Row>('complaints', { data: intake() });

      const refused = await refusal(reception.delete('complaints', { id: taken.id, previousData: taken }));
      expect(refused.status).toBe(405);
      expect(refused.body.message).toBe(
        'A complaint is never deleted (CMP-7): one found invalid is still answered, then closed with its reason through its process (invalidReason at intake, or invalid and invalidReason on the handling task).',
      );
      const answer = await raw('DELETE', `/complaints/${taken.id}`, { 'Content-Type': 'text/plain' });
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET, HEAD, PUT');
      expect((await refusal(reception.deleteMany('complaints', { ids: [taken.id] }))).status).toBe(405);
      expect((await reception.getOne('complaints', { id: taken.id })).data).toMatchObject({ id: taken.id, status: 'OPEN' });
    });

    it('CMP-1 a complaint whose case is closed can still be corrected, and its timeline shows the change', async () => {
      const { data: taken } = await reception.create<Row>('complaints', { data: intake() });
      await handleTask(taken.caseId);
      const close = await raw('POST', `/cases/${taken.caseId}/close`, { 'Content-Type': 'application/json' }, JSON.stringify({ justification: 'duplicate of an earlier call' }), supervisorToken);
      expect(close.status).toBe(200);
      await eventually(async () => (await prisma.case.findUniqueOrThrow({ where: { id: taken.caseId } })).status === 'CLOSED', 20_000, 'the case closed');

      const { data: record } = await reception.getOne<Row>('complaints', { id: taken.id });
      const corrected = await reception.update<Row>('complaints', { id: record.id, data: { ...record, phone: '13800007999', reason: '电话号码记错一位' }, previousData: record });
      expect(corrected.data).toMatchObject({ phone: '13800007999', case: { status: 'CLOSED' } });
      expect((await corrections(record.caseId)).map((e) => e.data)).toEqual([{ changes: { phone: { from: household.phone, to: '13800007999' } }, reason: '电话号码记错一位' }]);
    });
  });

  describe('bodies the API cannot read', () => {
    let householdId: number;

    beforeAll(async () => {
      householdId = (await prisma.household.findFirstOrThrow({ where: { unitId: units[0].id } })).id;
    });

    it("a malformed JSON body is 400 naming the body, without the parser's own text", async () => {
      const res = await raw('POST', '/households', { 'Content-Type': 'application/json' }, '{"name": ');
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request body is not valid JSON',
        errors: [{ field: 'body', message: 'is not valid JSON' }],
      });
      const zh = await raw('PUT', `/households/${householdId}`, { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' }, '{"notes": "x",}');
      expect(zh.status).toBe(400);
      expect(await zh.json()).toMatchObject({ message: '请求内容不是有效的 JSON', errors: [{ field: 'body', message: '不是有效的 JSON' }] });
    });

    it('a text/plain body is 415 naming application/json, not a list of missing fields; the upload still takes multipart', async () => {
      const body = JSON.stringify({ complainantName: '周杰', phone: '13800007001', place: 'S栋', confirmedWithResident: true });
      const text = await raw('POST', '/complaints', { 'Content-Type': 'text/plain' }, body);
      expect(text.status).toBe(415);
      expect(await text.json()).toEqual({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: 'Send the body as application/json (Content-Type: application/json); this endpoint does not take text/plain.',
      });
      const form = await raw('PUT', `/households/${householdId}`, { 'Content-Type': 'application/x-www-form-urlencoded' }, 'notes=x');
      expect(form.status).toBe(415);
      expect((await prisma.household.findUniqueOrThrow({ where: { id: householdId } })).notes).toBeNull();

      // The document upload reads multipart/form-data, and says so to a JSON body.
      const upload = new FormData();
      upload.append('householdId', String(householdId));
      upload.append('kind', 'OTHER');
      upload.append('title', 'scan');
      upload.append('file', new Blob([minimalPdf()], { type: 'application/pdf' }), 'scan.pdf');
      const uploaded = await raw('POST', '/documents', {}, upload);
      expect(uploaded.status).toBe(201);
      const json = await raw('POST', '/documents', { 'Content-Type': 'application/json' }, JSON.stringify({ householdId, kind: 'OTHER', title: 'scan' }));
      expect(json.status).toBe(415);
      expect(((await json.json()) as Row).message).toBe(
        'Send the body as multipart/form-data (Content-Type: multipart/form-data); this endpoint does not take application/json.',
      );
    });
  });
});
