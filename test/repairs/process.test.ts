import ExcelJS from 'exceljs';
import { eventually } from '../harness';
import { recordHistory } from '../harness/histories';
import { pdfText } from '../harness/pdf';
import { DAY, HOUR, localDate, repairStack, type RepairStack } from './support';

const work = { workDone: '疏通下水管，更换存水弯。', materials: '存水弯 1 个', hours: 1.5, residentConfirmed: true };
const satisfied = { method: 'PHONE', satisfaction: 'SATISFIED' };

/** A repair order from dispatch to the resident's satisfaction (REP-4..REP-7), on the real dev server and database. */
describe('the repair process', () => {
  let s: RepairStack;
  const started = new Date();

  beforeAll(async () => {
    s = await repairStack();
    await s.usePolicy();
  });

  afterAll(() => s?.close());

  const workflowOf = async (caseId: number) => (await s.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).workflowId;
  const closed = (orderId: number) => eventually(async () => ((await s.order(orderId)).status === 'CLOSED' ? s.order(orderId) : undefined), 20_000, 'order closed');

  it('REP-4 engineering visits at the agreed time, the engineer who came records the work, the order returns to the desk', async () => {
    const home = await s.household(1);
    const taken = await s.take({ householdId: home.id });
    const arrive = await s.task(taken.caseId, 'arrive');
    // Another department cannot take engineering's work.
    expect((await s.as.greening.post(`/tasks/${arrive.id}/claim`)).status).toBe(403);
    await s.complete(s.as.engineer, taken.caseId, 'arrive', { arrived: true });
    const job = await s.task(taken.caseId, 'work');
    expect(job.candidateDepartment).toBe('ENGINEERING');
    // The work is recorded by the engineer who came, not by whoever of the department.
    expect((await s.as['engineering-lead'].post(`/tasks/${job.id}/complete`, { formData: work })).status).toBe(403);
    expect((await s.as.engineer.post(`/tasks/${job.id}/complete`, { formData: { ...work, residentConfirmed: false } })).status).toBe(400);
    await s.complete(s.as.engineer, taken.caseId, 'work', work);
    await s.complete(s.as.reception, taken.caseId, 'check-in', { orderReturned: true });
    await s.complete(s.as.commissioner, taken.caseId, 'return-visit', satisfied);
    const order = await closed(taken.id);
    expect(order).toMatchObject({ arrivedOnTime: true, workDone: work.workDone, materials: '存水弯 1 个', residentConfirmed: true, rectifications: 0, satisfaction: 'SATISFIED' });
    expect(order.checkedInAt).not.toBeNull();
    expect(Number(order.hours)).toBe(1.5);
    expect((await s.prisma.staff.findUniqueOrThrow({ where: { id: order.engineerId! } })).username).toBe('engineer');
    expect((await s.prisma.case.findUniqueOrThrow({ where: { id: taken.caseId } })).status).toBe('CLOSED');
    await recordHistory(s.temporal.client, await workflowOf(taken.caseId), 'repair', 'free-in-one-visit');
  });

  it('REP-4 a missed appointment brings engineering\'s supervisor in, and the work stays with the department', async () => {
    const home = await s.household(1);
    const taken = await s.take({ householdId: home.id, windows: [s.window(0, 3_000)] });
    const late = await eventually(async () => {
      const t = await s.task(taken.caseId, 'arrive');
      return t.escalationLevel > 0 ? t : undefined;
    }, 20_000, 'escalation');
    expect(late).toMatchObject({ candidateDepartment: 'ENGINEERING', escalatedRole: 'DEPT_SUPERVISOR', escalatedDepartment: 'ENGINEERING', status: 'OPEN' });
    await s.complete(s.as.engineer, taken.caseId, 'arrive', { arrived: true });
    await eventually(async () => (await s.order(taken.id)).arrivedOnTime === false, 15_000, 'late arrival recorded');
  });

  it('REP-4 the cashier records a paid job\'s income with a numbered receipt on the household\'s ledger, and its cost', async () => {
    const home = await s.household(3);
    const taken = await s.take({ householdId: home.id, priceCode: 'DRAIN', chargeAccepted: true });
    await s.complete(s.as.engineer, taken.caseId, 'arrive', { arrived: true });
    await s.complete(s.as.engineer, taken.caseId, 'work', work);
    const collect = await s.task(taken.caseId, 'collect');
    expect(collect).toMatchObject({ candidateRole: 'CASHIER' });
    expect(collect.titleZh).toContain('¥80.00');
    await s.complete(s.as.cashier, taken.caseId, 'collect', { method: 'CASH', materialCost: 12.5 });
    const paid = await eventually(async () => ((await s.order(taken.id)).paymentId ? s.order(taken.id) : undefined), 15_000, 'payment');
    expect(Number(paid.materialCost)).toBe(12.5);
    const payment = await s.prisma.payment.findUniqueOrThrow({ where: { id: paid.paymentId! }, include: { collector: true } });
    expect(payment).toMatchObject({ householdId: home.id, method: 'CASH', reference: taken.serial });
    expect(Number(payment.amount)).toBe(80);
    expect(payment.collector!.username).toBe('cashier');
    const ledger = await s.as.cashier.get(`/households/${home.id}/ledger`);
    expect(JSON.stringify(ledger.body)).toContain(payment.receiptNumber);
    expect(JSON.stringify(ledger.body)).toContain(taken.serial);
    const bill = await s.prisma.bill.findUniqueOrThrow({ where: { id: paid.billId! }, include: { lines: true } });
    expect(bill).toMatchObject({ status: 'PAID', number: taken.serial });
    expect(bill.lines[0].nameZh).toContain('疏通下水道');
    const receipt = await s.download('cashier', `/payments/${payment.id}/receipt.pdf`);
    expect(pdfText(receipt.body)).toContain(payment.receiptNumber);
    await s.complete(s.as.reception, taken.caseId, 'check-in', { orderReturned: true });
    await s.complete(s.as.commissioner, taken.caseId, 'return-visit', satisfied);
    await closed(taken.id);
    await recordHistory(s.temporal.client, await workflowOf(taken.caseId), 'repair', 'paid-and-collected');
  });

  it('REP-5 a leak repair is tested, and its return visit is due 3 days after the test, not after the work', async () => {
    const home = await s.household(1);
    const taken = await s.take({ householdId: home.id, category: 'LEAK', description: '卫生间天花板渗水。' });
    await s.complete(s.as.engineer, taken.caseId, 'arrive', { arrived: true });
    await s.complete(s.as.engineer, taken.caseId, 'work', work);
    const test = await s.task(taken.caseId, 'leak-test');
    expect(test.candidateDepartment).toBe('ENGINEERING');
    // The test was done yesterday and recorded today: the clock counts from the test.
    await s.complete(s.as.engineer, taken.caseId, 'leak-test', { testedOn: localDate(-1), result: 'PASSED' });
    const visit = await s.task(taken.caseId, 'return-visit');
    expect(visit.dueAt!.getTime()).toBe(Date.parse(`${localDate(-1)}T00:00:00+08:00`) + 3 * DAY);
    const deadline = await s.prisma.taskDeadline.findFirstOrThrow({ where: { taskId: visit.id } });
    expect(deadline.basis).toMatchObject({ rule: 'calendar', duration: 'P3D', from: new Date(`${localDate(-1)}T00:00:00+08:00`).toISOString() });
    const order = await s.order(taken.id);
    expect(order).toMatchObject({ leakTestPassed: true });
    expect(order.leakTestAt!.toISOString()).toBe(new Date(`${localDate(-1)}T00:00:00+08:00`).toISOString());
  });

  it('REP-5 safety-facility and other repairs are visited within 2 days of the work', async () => {
    for (const category of ['SAFETY', 'ELECTRICAL']) {
      const home = await s.household(1);
      const taken = await s.take({ householdId: home.id, category });
      await s.complete(s.as.engineer, taken.caseId, 'arrive', { arrived: true });
      await s.complete(s.as.engineer, taken.caseId, 'work', work);
      const visit = await s.task(taken.caseId, 'return-visit');
      expect(visit.candidateRole).toBe('SERVICE_COMMISSIONER');
      expect(visit.dueAt!.getTime() - visit.createdAt.getTime()).toBe(2 * DAY);
    }
  });

  it('REP-6 a problem found on the return visit goes back for rectification, twice, until the resident is satisfied', async () => {
    const home = await s.household(1);
    const taken = await s.take({ householdId: home.id, category: 'DOORS', description: '入户门锁卡滞。' });
    await s.complete(s.as.engineer, taken.caseId, 'arrive', { arrived: true });
    await s.complete(s.as.engineer, taken.caseId, 'work', work);
    await s.complete(s.as.reception, taken.caseId, 'check-in', { orderReturned: true });
    await s.complete(s.as.commissioner, taken.caseId, 'return-visit', { method: 'PHONE', satisfaction: 'DISSATISFIED', problem: '门锁仍然卡' });
    const second = await s.task(taken.caseId, 'work-2');
    expect(second.titleZh).toContain('整改');
    expect((await s.order(taken.id)).status).toBe('RECTIFYING');
    await s.complete(s.as['engineering-lead'], taken.caseId, 'work-2', work);
    await s.complete(s.as.commissioner, taken.caseId, 'return-visit-2', { method: 'VISIT', satisfaction: 'DISSATISFIED', problem: '锁芯松动' });
    await s.complete(s.as.engineer, taken.caseId, 'work-3', work);
    await s.complete(s.as.commissioner, taken.caseId, 'return-visit-3', satisfied);
    const order = await closed(taken.id);
    expect(order.rectifications).toBe(2);
    expect(order.visits.map((v) => [v.round, v.satisfaction, v.problem])).toEqual([
      [1, 'DISSATISFIED', '门锁仍然卡'],
      [2, 'DISSATISFIED', '锁芯松动'],
      [3, 'SATISFIED', null],
    ]);
    await recordHistory(s.temporal.client, await workflowOf(taken.caseId), 'repair', 'rectified-twice');
  });

  it('REP-6 the loop ends when a manager closes it with a reason', async () => {
    const home = await s.household(1);
    const taken = await s.take({ householdId: home.id, category: 'WALLS', description: '客厅墙面开裂。' });
    await s.complete(s.as.engineer, taken.caseId, 'arrive', { arrived: true });
    await s.complete(s.as.engineer, taken.caseId, 'work', work);
    await s.complete(s.as.reception, taken.caseId, 'check-in', { orderReturned: true });
    await s.complete(s.as.commissioner, taken.caseId, 'return-visit', { method: 'PHONE', satisfaction: 'DISSATISFIED', problem: '要求整面墙重刷' });
    await s.task(taken.caseId, 'work-2');
    const close = await s.as.supervisor.post(`/cases/${taken.caseId}/close`, { justification: '裂缝已修复，整面重刷不在保修范围，已向住户说明' });
    expect(close.status).toBe(200);
    const order = await closed(taken.id);
    expect(order.closeReason).toContain('不在保修范围');
  });

  it('REP-7 the monthly figures: received, on-time arrival, time to complete, first-time fix, return visits, income and cost', async () => {
    const q = `from=${encodeURIComponent(started.toISOString())}&to=${encodeURIComponent(new Date(Date.now() + HOUR).toISOString())}`;
    const res = await s.as.supervisor.get(`/repairs/figures?${q}`);
    expect(res.status).toBe(200);
    const { total, byKind, byCategory } = res.body;
    const orders = await s.prisma.repairOrder.findMany({ where: { createdAt: { gte: started } }, include: { visits: true } });
    const completed = orders.filter((o) => o.completedAt);
    expect(total.received).toBe(orders.length);
    expect(total.completed).toBe(completed.length);
    expect(total.firstTimeFixRate).toBeCloseTo(completed.filter((o) => o.rectifications === 0).length / completed.length, 4);
    expect(total.returnVisitRate).toBeCloseTo(completed.filter((o) => o.visits.length).length / completed.length, 4);
    expect(total.onTimeArrivalRate).toBeLessThan(1);
    expect(total.medianHoursToComplete).toEqual(expect.any(Number));
    expect(byKind.find((l: { key: string }) => l.key === 'PAID')).toMatchObject({ received: 1, income: 80, materialCost: 12.5 });
    expect(byCategory.find((l: { key: string }) => l.key === 'DOORS')).toMatchObject({ firstTimeFixRate: 0, name: { zh: '门窗锁具' } });
    const csv = await s.download('supervisor', `/repairs/figures.csv?${q}`);
    const text = Buffer.from(csv.body).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('回访率 Return-visit rate');
    expect(text).toContain('门窗锁具 Doors and locks');
    const pdf = await s.download('supervisor', `/repairs/figures.pdf?${q}`);
    expect(pdfText(pdf.body)).toContain('维修及回访月度汇总');
    // The workbook in English: the title with the period, a sheet per grouping, names and not codes, rates as numbers.
    const xlsx = await s.download('supervisor', `/repairs/figures.xlsx?${q}&lang=en`);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.body) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['By category', 'By register (free or paid)', 'By engineer']);
    const sheet = book.getWorksheet('By category')!;
    expect(String(sheet.getCell('A1').value)).toMatch(/^Repairs and return visits: monthly summary \(\d{4}-\d{2}-\d{2}( to \d{4}-\d{2}-\d{2})?\)$/);
    const headings = (sheet.getRow(4).values as unknown[]).slice(1);
    const doors = sheet.getColumn(1).values.indexOf('Doors and locks');
    expect(doors).toBeGreaterThan(4);
    expect(sheet.getRow(doors).getCell(headings.indexOf('First-time fix') + 1).value).toBe(0);
    expect(sheet.getCell(sheet.rowCount - 1, 1).value).toBe('Total');
    expect((await s.download('supervisor', `/repairs/figures.xlsx?${q}&lang=fr`)).status).toBe(400);
  });
});
