import type { PrismaClient } from '../../prisma/client';
import { parseHandoverCsv } from '../../apps/api/src/handover/csv';
import { eventually, http, login, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';

type Client = ReturnType<typeof http>;
const ID = ['110105198001010016', '44030419900315123X', '310115197511204561'];

/** The property developer's handover list (issue 16): move-in notices through the outbox, appointments per unit. */
describe("the developer's handover list", () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let as: Record<'clerk' | 'reception' | 'commissioner', Client>;
  let estateId: number;
  let code: string;
  let units: { id: number; number: string }[];

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
    const names = ['clerk', 'reception', 'commissioner'] as const;
    as = Object.fromEntries(await Promise.all(names.map(async (n) => [n, http(api.url, await login(api.url, n, credentials[n]))]))) as typeof as;
    const estate = await prisma.estate.create({ data: { name: unique('交房苑'), address: '交房路 1 号' } });
    estateId = estate.id;
    code = unique('B').slice(0, 10);
    const building = await prisma.building.create({ data: { estateId, code, name: 'B区2栋', floors: 18 } });
    units = await Promise.all(['1-0301', '1-0302', '1-0303'].map((number) => prisma.unit.create({ data: { buildingId: building.id, number, floor: 3, areaSqm: 90 } })));
  });

  afterAll(async () => {
    await api.close();
    await worker.stop();
    await prisma.$disconnect();
  });

  const csv = (...lines: string[]) => ['unit,buyer name,id number,phone', ...lines].join('\n');
  const good = [`${'CODE'}/1-0301,王芳,${ID[0]},13800138001`, `CODE/1-0302,"李, 娜",${ID[1]},138 0013 8002`, `CODE/1-0303,张伟,${ID[2]},13800138003`];
  const lines = () => good.map((l) => l.replace('CODE', code));
  const noticesOfUnits = () => prisma.handoverNotice.count({ where: { unitId: { in: units.map((u) => u.id) } } });

  it('a bad line is refused with its line number, and nothing of the list is imported', async () => {
    const [a, b, c] = lines();
    const badId = await as.clerk.post('/handover-imports', { estateId, csv: csv(a, b.replace(ID[1], '44030419900315123Y'), c) });
    expect(badId.status).toBe(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'csv.line 3', message: expect.stringContaining('line 3: id number') })]);
    const unknownUnit = await as.clerk.post('/handover-imports', { estateId, csv: csv(a, b, c.replace('1-0303', '9-9999')) });
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.message).toContain('line 4');
    const badPhone = await as.clerk.post('/handover-imports', { estateId, csv: csv(a.replace('13800138001', '010-1234'), b, c) });
    expect(badPhone.body.errors[0].field).toBe('csv.line 2');
    expect(await noticesOfUnits()).toBe(0);
    expect(await prisma.handoverImport.count({ where: { estateId } })).toBe(0);
  });

  it('the list becomes move-in notices sent by SMS and letter with the documents to bring (the move-in checklist), once per submission', async () => {
    const body = { estateId, csv: csv(...lines()), fileName: 'B区交房名单.csv', requestId: unique('handover-import') };
    const [first, again] = await Promise.all([as.clerk.post('/handover-imports', body), as.clerk.post('/handover-imports', body)]);
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(first.body.notices).toBe(3);
    const notices = await prisma.handoverNotice.findMany({ where: { importId: first.body.id }, orderBy: { line: 'asc' } });
    expect(notices.map((n) => [n.line, n.buyerName, n.phone])).toEqual([[2, '王芳', '13800138001'], [3, '李, 娜', '13800138002'], [4, '张伟', '13800138003']]);
    const sms = await eventually(async () => {
      const m = await prisma.message.findUnique({ where: { id: notices[0].smsMessageId! } });
      return m?.status === 'SENT' || m?.status === 'DELIVERED' ? m : undefined;
    }, 20_000, 'notice sent');
    expect(sms).toMatchObject({ channel: 'SMS', recipient: '13800138001', template: 'move-in-notice' });
    for (const doc of ['业主身份证', '入住通知书', '购房合同']) expect(sms.body).toContain(doc);
    const letter = await prisma.message.findUniqueOrThrow({ where: { id: notices[0].letterMessageId! } });
    expect(letter).toMatchObject({ channel: 'LETTER', recipientName: '王芳' });
    expect(letter.recipient).toContain('1-0301');
    // The list shows identity numbers masked; the full number is a recorded read.
    const listed = await as.reception.get(`/handover-notices?filter=${encodeURIComponent(JSON.stringify({ importId: first.body.id }))}`);
    expect(listed.body[0].idNumber).toBe('110105********0016');
    expect(JSON.stringify(listed.body)).not.toContain(ID[0]);
    expect((await as.commissioner.get(`/handover-notices/${notices[0].id}/identity`)).status).toBe(403);
    const full = await as.clerk.get(`/handover-notices/${notices[0].id}/identity`);
    expect(full.body.idNumber).toBe(ID[0]);
    expect(await prisma.accessRecord.count({ where: { resource: 'handover', recordId: notices[0].id } })).toBe(1);
    // A unit already notified is not imported twice.
    const twice = await as.clerk.post('/handover-imports', { estateId, csv: csv(lines()[1]) });
    expect(twice.status).toBe(400);
    expect(twice.body.message).toContain('line 2');
  });

  it('the handover appointment is booked per unit and the buyer is told the time and the documents', async () => {
    const notice = await prisma.handoverNotice.findFirstOrThrow({ where: { unitId: units[1].id } });
    const from = new Date(Date.now() + 3 * 86_400_000);
    const to = new Date(from.getTime() + 30 * 60_000);
    const backwards = await as.reception.post(`/handover-notices/${notice.id}/appointment`, { from: to.toISOString(), to: from.toISOString() });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].field).toBe('to');
    const booked = await as.reception.post(`/handover-notices/${notice.id}/appointment`, { from: from.toISOString(), to: to.toISOString() });
    expect(booked.status).toBe(201);
    expect(new Date(booked.body.appointmentFrom).getTime()).toBe(from.getTime());
    const sms = await prisma.message.findUniqueOrThrow({ where: { id: (await prisma.handoverNotice.findUniqueOrThrow({ where: { id: notice.id } })).confirmMessageId! } });
    expect(sms).toMatchObject({ channel: 'SMS', recipient: '13800138002', template: 'move-in-appointment' });
    expect(sms.body).toContain(new Date(from.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' '));
    expect(await prisma.handoverNotice.count({ where: { unitId: { in: units.map((u) => u.id) }, appointmentFrom: { not: null } } })).toBe(1);
  });

  it('the CSV reader keeps quoted commas and names every bad line', () => {
    const parsed = parseHandoverCsv('房号,购房人,身份证号,手机\r\nA/1,"王 ""小"" 芳",110105198001010016,13800138001\r\nA/1,李,110105198001010016,13800138001\r\nA/2,赵\r\n');
    expect(parsed.lines).toEqual([expect.objectContaining({ line: 2, buyerName: '王 "小" 芳', unitNumber: '1' })]);
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4]);
  });
});
