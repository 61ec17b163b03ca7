import { eventually } from '../harness';
import { pdfPages, savePdfPage } from '../harness/pdf';
import { DAY, HOUR, localDate, repairStack, type RepairStack } from './support';

/** Taking repair orders (REP-1, REP-2), their serials (REP-3) and the printable order (REP-8), through the API. */
describe('repair intake', () => {
  let s: RepairStack;

  beforeAll(async () => {
    s = await repairStack();
    await s.usePolicy();
  });

  afterAll(() => s?.close());

  it('REP-1 records name, address, contact, the problem and a convenient time, read back first; bad input changes nothing', async () => {
    const home = await s.household(1);
    const before = await s.prisma.repairOrder.count();
    const casesBefore = await s.prisma.case.count({ where: { process: 'repair' } });
    const bad = await s.as.reception.post('/repairs', { ...s.intake({ householdId: home.id }), phone: 'call me', description: '', windows: [], confirmedWithResident: false });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['phone', 'description', 'confirmedWithResident']));
    const noTime = await s.as.reception.post('/repairs', s.intake({ householdId: home.id, windows: [] }));
    expect(noTime.status).toBe(400);
    expect(noTime.body.errors[0].field).toBe('windows');
    const past = await s.as.reception.post('/repairs', s.intake({ householdId: home.id, windows: [s.window(-3 * HOUR, -HOUR)] }));
    expect(past.body.errors[0]).toMatchObject({ field: 'windows.0.to' });
    expect(await s.prisma.repairOrder.count()).toBe(before);
    expect(await s.prisma.case.count({ where: { process: 'repair' } })).toBe(casesBefore);

    const windows = [s.window(2 * HOUR, 4 * HOUR), s.window(DAY, DAY + 2 * HOUR)];
    const taken = await s.take({ householdId: home.id, windows });
    const order = await s.as.reception.get(`/repairs/${taken.id}`);
    expect(order.body).toMatchObject({
      reporterName: '李娜',
      phone: '13900001111',
      location: `D栋 ${home.unit.number}`,
      category: 'PLUMBING',
      description: '厨房下水道堵塞，水排不下去。',
      appointmentFrom: windows[0].from,
      appointmentTo: windows[0].to,
      status: 'OPEN',
      receivedBy: { displayName: expect.stringContaining('陈静') },
      case: { status: 'OPEN' },
    });
    expect(order.body.windows).toHaveLength(2);
    expect(order.body.confirmedAt).toEqual(expect.any(String));
    // Dispatched to engineering, due by the end of the agreed window.
    const arrive = await s.task(taken.caseId, 'arrive');
    expect(arrive).toMatchObject({ candidateDepartment: 'ENGINEERING', priority: 'NORMAL' });
    expect(arrive.dueAt!.toISOString()).toBe(windows[0].to);
  });

  it('REP-1 an emergency is flagged and dispatched at once, without waiting for a time window', async () => {
    const home = await s.household(1);
    const taken = await s.take({ householdId: home.id, category: 'SAFETY', description: '燃气报警器长鸣，闻到燃气味。', emergency: true, windows: undefined });
    const arrive = await s.task(taken.caseId, 'arrive');
    expect(arrive.priority).toBe('URGENT');
    expect(arrive.titleZh).toContain('紧急报修');
    const minutes = (arrive.dueAt!.getTime() - arrive.createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(30, 0);
    expect((await s.prisma.case.findUniqueOrThrow({ where: { id: taken.caseId } })).priority).toBe('URGENT');
  });

  it('REP-2 free inside the warranty from the handover, paid after it with the charge stated and accepted up front; two registers', async () => {
    const young = await s.household(1);
    const old = await s.household(3);
    const free = await s.take({ householdId: young.id });
    expect(free).toMatchObject({ kind: 'FREE', charge: null, warrantyBasis: 'in-warranty' });
    expect((free as unknown as { warrantyUntil: string }).warrantyUntil.slice(0, 10)).toBe(`${Number(localDate(0).slice(0, 4)) + 1}${localDate(-1).slice(4)}`);
    // Waterproofing has five years: a leak in the three-year-old unit is still free.
    expect((await s.take({ householdId: old.id, category: 'LEAK' })).kind).toBe('FREE');

    const quote = await s.as.reception.get(`/repairs/quote?householdId=${old.id}&category=PLUMBING&priceCode=DRAIN`);
    expect(quote.body).toMatchObject({ kind: 'PAID', basis: 'out-of-warranty', charge: 80 });
    const unpriced = await s.as.reception.post('/repairs', s.intake({ householdId: old.id }));
    expect(unpriced.body.errors[0].field).toBe('priceCode');
    const unaccepted = await s.as.reception.post('/repairs', s.intake({ householdId: old.id, priceCode: 'DRAIN' }));
    expect(unaccepted.body.errors[0]).toMatchObject({ field: 'chargeAccepted', message: expect.stringContaining('80.00') });
    const paid = await s.take({ householdId: old.id, priceCode: 'DRAIN', chargeAccepted: true });
    expect(paid).toMatchObject({ kind: 'PAID', charge: 80 });
    expect((await s.order(paid.id)).chargeAcceptedAt).not.toBeNull();
    const freeAndCharged = await s.as.reception.post('/repairs', s.intake({ householdId: young.id, priceCode: 'DRAIN', chargeAccepted: true }));
    expect(freeAndCharged.body.errors[0].field).toBe('priceCode');

    const register = async (kind: string) =>
      (await s.as.reception.get(`/repairs?filter=${encodeURIComponent(JSON.stringify({ kind, householdId: [young.id, old.id] }))}`)).body.map((o: { id: number }) => o.id);
    expect(await register('PAID')).toEqual([paid.id]);
    expect(await register('FREE')).toEqual(expect.arrayContaining([free.id]));
    expect(await register('FREE')).not.toContain(paid.id);
  });

  it('REP-2 a public-area repair has no household and is the estate\'s own work', async () => {
    const lobby = await s.take({ category: 'PUBLIC', location: 'D栋一楼大堂', description: '大堂吊灯不亮。' });
    expect(lobby).toMatchObject({ householdId: null, publicArea: true, kind: 'FREE', location: 'D栋一楼大堂' });
    const nowhere = await s.as.reception.post('/repairs', s.intake({ category: 'PUBLIC' }));
    expect(nowhere.body.errors[0].field).toBe('location');
  });

  it('REP-3 fifty orders taken at once get serials in time order with no gap and no duplicate', async () => {
    const home = await s.household(1);
    const answers = await Promise.all(Array.from({ length: 50 }, () => s.as.reception.post('/repairs', s.intake({ householdId: home.id }))));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const orders = await s.prisma.repairOrder.findMany({ where: { id: { in: answers.map((a) => a.body.id) } }, orderBy: { createdAt: 'asc' } });
    const numbers = orders.map((o) => Number(o.serial.slice(-6)));
    expect(new Set(orders.map((o) => o.serial)).size).toBe(50);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => numbers[0] + i));
    expect(orders[0].serial).toMatch(new RegExp(`^WX${localDate(0).slice(0, 4)}-\\d{6}$`));
    // Nothing else in the register took a number in between: the year's serials run on without a hole.
    const year = await s.prisma.repairOrder.findMany({ where: { serial: { startsWith: `WX${localDate(0).slice(0, 4)}-` } }, select: { serial: true } });
    const all = year.map((o) => Number(o.serial.slice(-6))).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => all[0] + i));
  });

  it('REP-3 a voided order keeps its number and its reason; nothing is deleted', async () => {
    const home = await s.household(1);
    const mistaken = await s.take({ householdId: home.id });
    expect((await s.as.reception.post(`/repairs/${mistaken.id}/void`, { reason: '重复报修' })).status).toBe(403);
    expect((await s.as.supervisor.post(`/repairs/${mistaken.id}/void`, {})).body.errors[0].field).toBe('reason');
    const voided = await s.as.supervisor.post(`/repairs/${mistaken.id}/void`, { reason: '住户重复报修，与上一单为同一问题' });
    expect(voided.status).toBe(201);
    expect(voided.body).toMatchObject({ serial: mistaken.serial, status: 'VOIDED', voidReason: '住户重复报修，与上一单为同一问题' });
    const kase = await s.prisma.case.findUniqueOrThrow({ where: { id: mistaken.caseId } });
    expect(kase.status).toBe('CLOSED');
    expect(kase.closeReason).toContain('住户重复报修');
    expect((await s.as.supervisor.delete(`/repairs/${mistaken.id}`)).status).toBe(405);
    expect(await s.prisma.repairOrder.findUnique({ where: { id: mistaken.id } })).toMatchObject({ serial: mistaken.serial, status: 'VOIDED' });

    // Once an engineer is on the way it is not voided: its case is closed with a reason instead.
    const started = await s.take({ householdId: home.id });
    await s.complete(s.as.engineer, started.caseId, 'arrive', { arrived: true });
    await eventually(async () => (await s.order(started.id)).status === 'ARRIVED', 15_000, 'arrival recorded');
    const late = await s.as.supervisor.post(`/repairs/${started.id}/void`, { reason: '住户取消' });
    expect(late.status).toBe(409);
    expect((await s.order(started.id)).status).toBe('ARRIVED');
  });

  it('REP-1 photos of the problem are kept on the order\'s case; what is not a photo or a scan is refused', async () => {
    const home = await s.household(1);
    const taken = await s.take({ householdId: home.id, category: 'LEAK', description: '卫生间天花板渗水。' });
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const upload = (content: Buffer, name: string, note?: string) => {
      const form = new FormData();
      if (note) form.append('note', note);
      form.append('file', new Blob([new Uint8Array(content)]), name);
      return s.as.reception.post(`/cases/${taken.caseId}/attachments`, form);
    };
    const added = await upload(png, '渗水.png', '卫生间天花板渗水处');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ fileName: '渗水.png', mimeType: 'image/png', note: '卫生间天花板渗水处', uploadedBy: { displayName: expect.stringContaining('陈静') } });
    const html = await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png');
    expect(html.status).toBe(400);
    expect(html.body.errors[0].field).toBe('file');
    const listed = await s.as.engineer.get(`/cases/${taken.caseId}/attachments`);
    expect(listed.body.map((a: { note: string }) => a.note)).toEqual(['卫生间天花板渗水处']);
    const file = await s.download('engineer', `/cases/${taken.caseId}/attachments/${added.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(file.body).equals(png)).toBe(true);
  });

  it('REP-8 the printable order holds three copies with the serial, the resident, the problem, the time and the boxes', async () => {
    const home = await s.household(3, '王建国');
    const taken = await s.take({ householdId: home.id, priceCode: 'DRAIN', chargeAccepted: true, reporterName: '王建国' });
    const res = await s.download('engineer', `/repairs/${taken.id}/order.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const pdf = res.body;
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('第一联 住户联');
    expect(pages[1]).toContain('第二联 工程部联');
    expect(pages[2]).toContain('第三联 客服中心联');
    for (const page of pages) {
      for (const text of [taken.serial, '王建国', '13900001111', '厨房下水道堵塞', '¥ 80.00', '维修情况 Work done', '住户签字']) expect(page).toContain(text);
    }
    savePdfPage(pdf, 'repair-order');
  });
});
