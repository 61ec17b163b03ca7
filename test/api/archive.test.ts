import { http, listQuery, login, seedTestStaff, startApi, testPrisma, unique, type RunningApi } from '../harness';
import type { PrismaClient } from '../../prisma/client';
import { minimalPdf } from '../harness/pdf';

/**
 * The household archive through HTTP against the real database, in the contract of
 * react-admin's ra-data-simple-rest provider.
 */
describe('household archive API', () => {
  let prisma: PrismaClient;
  let api: RunningApi;
  let staff: ReturnType<typeof http>;
  let bearer: string;
  let buildingId: number;
  let otherBuildingId: number;
  let units: { id: number; number: string }[];

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    api = await startApi();
    const token = await login(api.url, 'reception', credentials.reception);
    staff = http(api.url, token);
    bearer = `Bearer ${token}`;

    // A small estate of this test's own: 2 buildings, 6 units, 4 households.
    const estate = await prisma.estate.create({ data: { name: unique('estate'), address: 'Test Road 1' } });
    const b1 = await prisma.building.create({ data: { estateId: estate.id, code: 'A', name: 'A栋', floors: 3 } });
    const b2 = await prisma.building.create({ data: { estateId: estate.id, code: 'B', name: 'B栋', floors: 3 } });
    buildingId = b1.id;
    otherBuildingId = b2.id;
    units = await prisma.unit.createManyAndReturn({
      data: ['A-0101', 'A-0102', 'A-0201', 'A-0202'].map((number, i) => ({ buildingId: b1.id, number, floor: 1 + (i >> 1), areaSqm: 88.5 }))
        .concat([{ buildingId: b2.id, number: 'B-0101', floor: 1, areaSqm: 120 }]),
      select: { id: true, number: true },
    });
    await prisma.household.createMany({
      data: [
        { unitId: units[0].id, occupancy: 'OWNER', name: '王芳', phone: '13800000001' },
        { unitId: units[1].id, occupancy: 'OWNER', name: '李强', phone: '13800000002' },
        { unitId: units[1].id, occupancy: 'TENANT', name: '张伟', phone: '13900000003' },
        { unitId: units[2].id, occupancy: 'OWNER', partyType: 'COMPANY', name: '华信科技', companyRegNo: '9132', phone: '02588880000' },
        { unitId: units[4].id, occupancy: 'OWNER', name: '赵敏', phone: '13800000005' },
      ],
    });
  });

  afterAll(async () => {
    await api.close();
    await prisma.$disconnect();
  });

  it('ARC-1 lists a building\'s households with sort, range and a Content-Range header', async () => {
    const res = await staff.get(`/households${listQuery({ sort: ['unit.number', 'ASC'], range: [0, 2], filter: { buildingId } })}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-range')).toBe('households 0-2/4');
    expect(res.body.map((h: { unit: { number: string } }) => h.unit.number)).toEqual(['A-0101', 'A-0102', 'A-0102']);
    expect(res.body[0].unit.building).toMatchObject({ id: buildingId, code: 'A' });

    const page2 = await staff.get(`/households${listQuery({ sort: ['unit.number', 'ASC'], range: [3, 5], filter: { buildingId } })}`);
    expect(page2.headers.get('content-range')).toBe('households 3-3/4');
    expect(page2.body.map((h: { name: string }) => h.name)).toEqual(['华信科技']);
  });

  it('ARC-2 tells owners and tenants apart in the list filter', async () => {
    const tenants = await staff.get(`/households${listQuery({ filter: { buildingId, occupancy: 'TENANT' } })}`);
    expect(tenants.body.map((h: { name: string }) => h.name)).toEqual(['张伟']);
    const owners = await staff.get(`/households${listQuery({ filter: { buildingId, occupancy: 'OWNER' } })}`);
    expect(owners.body).toHaveLength(3);
  });

  it('finds a household by name, phone or unit number, and getMany by ids', async () => {
    const byPhone = await staff.get(`/households${listQuery({ filter: { q: '13900000003' } })}`);
    expect(byPhone.body.map((h: { name: string }) => h.name)).toEqual(['张伟']);
    const byUnit = await staff.get(`/households${listQuery({ filter: { q: 'B-0101' } })}`);
    expect(byUnit.body.map((h: { name: string }) => h.name)).toEqual(['赵敏']);
    const byUnitId = await staff.get(`/households${listQuery({ filter: { unitId: units[1].id, name: '李' } })}`);
    expect(byUnitId.body.map((h: { name: string }) => h.name)).toEqual(['李强']);
    const ids = byPhone.body.concat(byUnit.body).map((h: { id: number }) => h.id);
    const many = await staff.get(`/households${listQuery({ filter: { id: ids } })}`);
    expect(many.body.map((h: { id: number }) => h.id).sort()).toEqual([...ids].sort());
  });

  it('creates, reads and updates a household; the file shows its unit and building', async () => {
    const created = await staff.post('/households', {
      unitId: units[3].id,
      occupancy: 'OWNER',
      name: 'Emma Wilson',
      phone: '+86 138 0000 0009',
      email: 'emma@example.com',
      language: 'en',
      moveInDate: '2024-05-01',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Emma Wilson', moveInDate: '2024-05-01', unit: { number: 'A-0202', areaSqm: 88.5 } });

    const updated = await staff.put(`/households/${created.body.id}`, { phone: '13812345678', notes: 'prefers e-mail' });
    expect(updated.status).toBe(200);
    const read = await staff.get(`/households/${created.body.id}`);
    expect(read.body).toMatchObject({ phone: '13812345678', notes: 'prefers e-mail', language: 'en' });
  });

  it('refuses bad input with 400 naming the field, and stores nothing', async () => {
    const before = await prisma.household.count();
    const res = await staff.post('/households', { unitId: units[3].id, occupancy: 'LODGER', name: '', phone: 'call me' });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['occupancy', 'name', 'phone']));
    expect(res.body.message).toMatch(/phone/);

    const unknownField = await staff.post('/households', { unitId: units[3].id, occupancy: 'OWNER', name: 'X', phone: '13800000000', vip: true });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual([expect.objectContaining({ field: 'vip' })]);

    const missingUnit = await staff.post('/households', { unitId: 99999999, occupancy: 'OWNER', name: 'X', phone: '13800000000' });
    expect(missingUnit.status).toBe(400);
    expect(missingUnit.body.errors).toEqual([{ field: 'unitId', message: 'unit 99999999 does not exist' }]);

    const company = await staff.post('/households', { unitId: units[3].id, occupancy: 'OWNER', partyType: 'COMPANY', name: 'Y Ltd', phone: '13800000000' });
    expect(company.status).toBe(400);
    expect(company.body.errors[0].field).toBe('companyRegNo');

    expect(await prisma.household.count()).toBe(before);
  });

  it('refuses a bad list query with 400 naming the parameter', async () => {
    expect((await staff.get('/households?sort=["password","ASC"]')).body.errors[0].field).toBe('sort');
    expect((await staff.get('/households?range=[5,1]')).body.errors[0].field).toBe('range');
    expect((await staff.get('/households?filter={"colour":"red"}')).body.errors[0].field).toBe('filter.colour');
    expect((await staff.get('/households?filter={"buildingId":"A"}')).status).toBe(400);
    expect((await staff.get('/households?filter=not-json')).body.errors[0]).toEqual({ field: 'filter', message: 'must be valid JSON' });
  });

  it('answers 404 for unknown ids and 400 for ids that are not numbers', async () => {
    const missing = await staff.get('/households/99999999');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('household 99999999 does not exist');
    expect((await staff.put('/households/99999999', { name: 'X' })).status).toBe(404);
    expect((await staff.get('/units/99999999')).status).toBe(404);
    expect((await staff.get('/households/abc')).status).toBe(400);
  });

  it('answers 409 for a duplicate unit number in a building, but allows it in another building', async () => {
    const dup = await staff.post('/units', { buildingId, number: 'A-0101', floor: 1, areaSqm: 90 });
    expect(dup.status).toBe(409);
    expect(dup.body.message).toMatch(/A-0101/);
    const rename = await staff.put(`/units/${units[1].id}`, { number: 'A-0101' });
    expect(rename.status).toBe(409);
    const elsewhere = await staff.post('/units', { buildingId: otherBuildingId, number: 'A-0101', floor: 1, areaSqm: 90 });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.areaSqm).toBe(90);
  });

  it('ARC-1 keeps members, contacts and proxies in the household file', async () => {
    const [household] = (await staff.get(`/households${listQuery({ filter: { q: '王芳' } })}`)).body;
    expect((await staff.post('/members', { householdId: household.id, name: '王小明', relation: 'child' })).status).toBe(201);
    expect((await staff.post('/contacts', { householdId: household.id, name: '王大伟', relation: 'brother', phone: '13700000000', emergency: true })).status).toBe(201);
    const noWay = await staff.post('/contacts', { householdId: household.id, name: 'Nobody' });
    expect(noWay.status).toBe(400);
    const proxy = await staff.post('/proxies', { householdId: household.id, name: '陈律师', idNumber: 'P123', scope: 'decoration procedures', validUntil: '2027-12-31' });
    expect(proxy.status).toBe(201);
    expect(proxy.body.validUntil).toBe('2027-12-31');

    const members = await staff.get(`/members${listQuery({ filter: { householdId: household.id } })}`);
    expect(members.body.map((m: { name: string }) => m.name)).toEqual(['王小明']);
    const contacts = await staff.get(`/contacts${listQuery({ filter: { householdId: household.id } })}`);
    expect(contacts.body[0]).toMatchObject({ name: '王大伟', emergency: true });
    expect((await staff.post('/members', { householdId: 99999999, name: 'X', relation: 'Y' })).status).toBe(400);
  });

  it('ARC-1 stores documents of the household with their file, type-checked and size-limited', async () => {
    const [household] = (await staff.get(`/households${listQuery({ filter: { q: '李强' } })}`)).body;
    const pdf = minimalPdf();
    const form = new FormData();
    form.set('householdId', String(household.id));
    form.set('kind', 'ID_COPY');
    form.set('title', '身份证复印件');
    form.set('file', new Blob([pdf], { type: 'application/pdf' }), '身份证.pdf');
    const uploaded = await staff.post('/documents', form);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ householdId: household.id, fileName: '身份证.pdf', mimeType: 'application/pdf', sizeBytes: pdf.length });
    expect(uploaded.body.content).toBeUndefined();

    const content = await fetch(`${api.url}/documents/${uploaded.body.id}/content`, {
      headers: { Authorization: bearer },
    });
    expect(content.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await content.arrayBuffer()).equals(pdf)).toBe(true);

    const listed = await staff.get(`/documents${listQuery({ filter: { householdId: household.id } })}`);
    expect(listed.body.map((d: { title: string }) => d.title)).toEqual(['身份证复印件']);

    const exe = new FormData();
    exe.set('householdId', String(household.id));
    exe.set('kind', 'OTHER');
    exe.set('title', 'not a document');
    exe.set('file', new Blob([Buffer.from('MZ\x90\x00 program')], { type: 'application/pdf' }), 'fake.pdf');
    const refused = await staff.post('/documents', exe);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toEqual({ field: 'file', message: 'only PDF, PNG and JPEG files are accepted' });

    const big = new FormData();
    big.set('householdId', String(household.id));
    big.set('kind', 'OTHER');
    big.set('title', 'too big');
    big.set('file', new Blob([Buffer.concat([pdf, Buffer.alloc(api.config.DOCUMENT_MAX_BYTES)])]), 'big.pdf');
    const tooBig = await staff.post('/documents', big);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors[0].field).toBe('file');
    expect((await staff.get(`/documents${listQuery({ filter: { householdId: household.id } })}`)).body).toHaveLength(1);
  });

  it('exposes Content-Range to a back office on a configured origin (CORS), and to no other', async () => {
    const cors = await startApi({ CORS_ORIGINS: 'http://desk.example.test' });
    try {
      const res = await fetch(`${cors.url}/households`, { headers: { Origin: 'http://desk.example.test', Authorization: bearer } });
      expect(res.headers.get('access-control-allow-origin')).toBe('http://desk.example.test');
      expect(res.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
      const other = await fetch(`${cors.url}/households`, { headers: { Origin: 'http://elsewhere.example.test', Authorization: bearer } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await cors.close();
    }
  });
});
