import { toChinese } from '../../apps/api/src/common/error-texts.zh';
import type { PrismaClient } from '../../prisma/client';
import { eventually, http, login, seedTestStaff, startApi, startWorker, temporalClient, testPrisma, type RunningApi, type RunningWorker } from '../harness';
import { recordHistory } from '../harness/histories';
import { pdfText } from '../harness/pdf';
import { fixtureBuilding, overdueBill, waitRun } from './support';

type Client = ReturnType<typeof http>;

/** Billing, payments and the cash handover (FEE-1, FEE-2, FEE-7, FEE-8) on the real dev server and database. */
describe('fees: billing, payments, cash handover', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let as: Record<'cashier' | 'clerk' | 'supervisor' | 'reception', Client>;
  let ids: Record<'cashier' | 'clerk', number>;
  let tokens: Record<string, string>;
  let fixture: Awaited<ReturnType<typeof fixtureBuilding>>;
  const items: Record<string, number> = {};

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
    const names = ['cashier', 'clerk', 'supervisor', 'reception'] as const;
    tokens = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await login(api.url, n, credentials[n])])));
    as = Object.fromEntries(names.map((n) => [n, http(api.url, tokens[n])])) as typeof as;
    const staff = await prisma.staff.findMany({ where: { username: { in: ['cashier', 'clerk'] } } });
    ids = Object.fromEntries(staff.map((s) => [s.username, s.id])) as typeof ids;
    for (const item of [
      { code: 'PROPERTY', nameZh: '物业管理费', nameEn: 'Property management fee', basis: 'AREA', rate: 2, custodyReduced: true, sortOrder: 1 },
      { code: 'GARBAGE', nameZh: '垃圾清运费', nameEn: 'Garbage clearance', basis: 'FIXED', rate: 10, sortOrder: 2 },
      { code: 'WATER', nameZh: '水费', nameEn: 'Water', basis: 'METERED', rate: 3.5, sortOrder: 3 },
    ]) {
      const existing = await prisma.chargeItem.findUnique({ where: { code: item.code } });
      const res = existing ? await as.clerk.put(`/charge-items/${existing.id}`, { rate: item.rate, active: true }) : await as.clerk.post('/charge-items', item);
      expect([200, 201]).toContain(res.status);
      items[item.code] = res.body.id;
    }
    fixture = await fixtureBuilding(prisma, '收费楼');
  });

  /** With RECORD_HISTORIES=1, keeps a finished workflow's history for the replay tests. */
  async function keepHistory(workflowId: string, process: string, name: string) {
    if (globalThis.process.env.RECORD_HISTORIES !== '1') return;
    const temporal = await temporalClient();
    try {
      await temporal.client.workflow.getHandle(workflowId).result();
      await recordHistory(temporal.client, workflowId, process, name);
    } finally {
      await temporal.close();
    }
  }

  afterAll(async () => {
    await api.close();
    await worker.stop();
    await prisma.$disconnect();
  });

  const billOf = (householdId: number, period: string) =>
    prisma.bill.findFirst({ where: { householdId, period }, include: { lines: { orderBy: { id: 'asc' } } } });

  it('FEE-1: a billing run bills every household and sends its fee notice; running the period again issues nothing twice', async () => {
    const zh = await fixture.household({ area: 100 });
    const en = await fixture.household({ area: 50, language: 'en', name: 'Ann Lee' });
    expect((await as.cashier.post('/meter-readings', { unitId: zh.unitId, chargeItemId: items.WATER, period: '2031-03', quantity: 12 })).status).toBe(201);

    const first = await as.clerk.post('/billing-runs', { period: '2031-03' });
    expect(first.status).toBe(201);
    const run = await waitRun(prisma, first.body.id);
    expect(run.status).toBe('COMPLETED');
    await keepHistory(run.workflowId, 'billing-cycle', 'first-run');

    const bill = (await billOf(zh.id, '2031-03'))!;
    expect(bill.lines.map((l) => [l.code, Number(l.amount)])).toEqual([['PROPERTY', 200], ['GARBAGE', 10], ['WATER', 42]]);
    expect(Number(bill.amount)).toBe(252);
    expect(bill.dueDate.toISOString().slice(0, 10)).toBe('2031-03-31');

    // The notice goes through the outbox, in each household's language, with the amount and the deadline.
    const notice = await eventually(() => prisma.message.findFirst({ where: { idempotencyKey: `bill-notice:${bill.id}`, status: 'SENT' } }).then((m) => m ?? undefined), 20_000, 'notice sent');
    expect(notice).toMatchObject({ channel: 'SMS', template: 'fee-notice', recipient: zh.phone });
    expect(notice.body).toContain('252.00');
    expect(notice.body).toContain('2031-03-31');
    const enBill = (await billOf(en.id, '2031-03'))!;
    const enNotice = await eventually(() => prisma.message.findFirst({ where: { idempotencyKey: `bill-notice:${enBill.id}` } }).then((m) => m ?? undefined));
    expect(enNotice.body).toMatch(/^Dear Ann Lee, the charges of .* for 2031-03 come to CNY 110\.00/);

    // The same period again: no second bill, no second notice.
    const again = await as.clerk.post('/billing-runs', { period: '2031-03' });
    expect(again.status).toBe(201);
    const second = await waitRun(prisma, again.body.id);
    expect(second).toMatchObject({ status: 'COMPLETED', billsIssued: 0, noticesQueued: 0 });
    expect(await prisma.bill.count({ where: { householdId: zh.id, period: '2031-03' } })).toBe(1);
    expect(await prisma.message.count({ where: { template: 'fee-notice', householdId: zh.id } })).toBe(1);
    expect((await as.clerk.get(`/billing-runs/${run.id}`)).body).toMatchObject({ billsIssued: expect.any(Number), amountIssued: expect.any(Number) });

    // A new rate applies to the next bills only: the issued bill keeps the rate it was issued with.
    expect((await as.clerk.put(`/charge-items/${items.PROPERTY}`, { rate: 2.5 })).status).toBe(200);
    const april = await as.clerk.post('/billing-runs', { period: '2031-04' });
    await waitRun(prisma, april.body.id);
    expect(Number((await billOf(zh.id, '2031-04'))!.lines[0].rate)).toBe(2.5);
    expect(Number((await billOf(zh.id, '2031-03'))!.lines[0].rate)).toBe(2);
    expect((await as.clerk.put(`/charge-items/${items.PROPERTY}`, { rate: 2 })).status).toBe(200);
  });

  it('FEE-8: a unit in custody pays 70% of the property fee, and only of that fee', async () => {
    const custody = await fixture.household({ area: 80, status: 'CUSTODY' });
    const run = await as.clerk.post('/billing-runs', { period: '2031-05' });
    await waitRun(prisma, run.body.id);
    const bill = await as.cashier.get(`/bills/${(await billOf(custody.id, '2031-05'))!.id}`);
    expect(bill.body.lines).toEqual([
      expect.objectContaining({ code: 'PROPERTY', quantity: 80, rate: 2, ratio: 0.7, amount: 112 }),
      expect.objectContaining({ code: 'GARBAGE', ratio: 1, amount: 10 }),
    ]);
    expect(bill.body).toMatchObject({ amount: 122, outstanding: 122, status: 'OPEN' });
    // The notice says it is 70% and how it was counted, so the resident need not call to ask.
    const notice = await eventually(() => prisma.message.findFirst({ where: { householdId: custody.id, template: 'fee-notice' } }).then((m) => m ?? undefined));
    expect(notice.body).toContain('物业管理费 112.00（托管房按 70% 收取：80 m² × 2.00 × 70%）');
    expect(notice.body).toContain('共 122.00 元');
  });

  it('the billing schedule can be read, paused and resumed by a manager', async () => {
    const schedule = await as.supervisor.get('/billing/schedule');
    expect(schedule.status).toBe(200);
    expect(schedule.body.nextRuns.length).toBeGreaterThan(0);
    expect(new Date(schedule.body.nextRuns[0]).getUTCDate()).toBe(1);
    expect((await as.cashier.post('/billing/schedule/pause', { note: 'no' })).status).toBe(403);
    const paused = await as.supervisor.post('/billing/schedule/pause', { note: '年底调价，暂停出账' });
    expect(paused.body).toMatchObject({ paused: true, note: '年底调价，暂停出账' });
    expect((await as.supervisor.post('/billing/schedule/unpause', { note: '恢复' })).body.paused).toBe(false);
  });

  it('FEE-2: a counter payment pays the oldest debt first, gets a numbered receipt, and a double submission pays once', async () => {
    const h = await fixture.household();
    const older = await overdueBill(prisma, h, '2025-01', 180);
    const newer = await overdueBill(prisma, h, '2025-02', 180);
    const body = { householdId: h.id, amount: 200, method: 'CASH', requestId: 'counter-1' };
    const paid = await as.cashier.post('/payments', body);
    expect(paid.status).toBe(201);
    expect(paid.body.receiptNumber).toMatch(/^R\d{4}-\d{6}$/);
    expect(paid.body.allocations).toEqual([
      expect.objectContaining({ billId: older.id, amount: 180 }),
      expect.objectContaining({ billId: newer.id, amount: 20 }),
    ]);
    const twice = await as.cashier.post('/payments', body);
    expect(twice.body.id).toBe(paid.body.id);
    expect(await prisma.payment.count({ where: { householdId: h.id } })).toBe(1);

    const ledger = (await as.cashier.get(`/households/${h.id}/ledger`)).body;
    expect(ledger).toMatchObject({ billed: 360, paid: 200, outstanding: 160, overdue: 160, credit: 0 });
    expect(ledger.bills.find((b: { id: number }) => b.id === older.id).status).toBe('PAID');

    // The receipt prints with the amount in figures and in capitals.
    const receipt = await fetch(`${api.url}/payments/${paid.body.id}/receipt.pdf`, { headers: { Authorization: `Bearer ${tokens.cashier}` } });
    expect(receipt.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await receipt.arrayBuffer());
    const text = pdfText(pdf);
    expect(text).toContain(paid.body.receiptNumber);
    expect(text).toContain('贰佰元整');
  });

  it('FEE-2: staff may choose which bill a payment settles before the oldest', async () => {
    const h = await fixture.household();
    const older = await overdueBill(prisma, h, '2025-06', 100);
    const newer = await overdueBill(prisma, h, '2025-07', 100);
    const paid = await as.cashier.post('/payments', { householdId: h.id, amount: 120, method: 'CARD', reference: 'POS 0042', allocations: [{ billId: newer.id, amount: 100 }] });
    expect(paid.status).toBe(201);
    // The bill staff chose is settled first; the rest goes to the oldest debt.
    expect(paid.body.allocations).toEqual([expect.objectContaining({ billId: newer.id, amount: 100 }), expect.objectContaining({ billId: older.id, amount: 20 })]);
    expect(paid.body.unallocated).toBe(0);
    const ledger = (await as.cashier.get(`/households/${h.id}/ledger`)).body;
    expect(ledger.bills.find((b: { id: number }) => b.id === older.id)).toMatchObject({ status: 'OPEN', outstanding: 80 });
    expect(ledger).toMatchObject({ credit: 0, balance: 80, overdue: 80 });
  });

  it('FEE-2: bad payments are refused with the field at fault, and change nothing', async () => {
    const h = await fixture.household();
    const other = await fixture.household();
    const foreign = await overdueBill(prisma, other, '2025-03', 100);
    const before = await prisma.payment.count();
    const cases: [object, string][] = [
      [{ householdId: h.id, amount: 0, method: 'CASH' }, 'amount'],
      [{ householdId: h.id, amount: 10.005, method: 'CASH' }, 'amount'],
      [{ householdId: h.id, amount: 50, method: 'CHEQUE' }, 'method'],
      [{ householdId: 999999, amount: 50, method: 'CASH' }, 'householdId'],
      [{ householdId: h.id, amount: 50, method: 'CASH', allocations: [{ billId: foreign.id, amount: 50 }] }, 'allocations.0.billId'],
    ];
    for (const [body, field] of cases) {
      const res = await as.cashier.post('/payments', body);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await as.reception.post('/payments', { householdId: h.id, amount: 5, method: 'CASH', allocations: [{ billId: foreign.id, amount: 5 }] })).status).toBe(400);
    expect(await prisma.payment.count()).toBe(before);
  });

  it('FEE-2: a collection at home by appointment: confirm name, address and time, then collect with a receipt', async () => {
    const h = await fixture.household();
    await overdueBill(prisma, h, '2025-04', 150);
    const booked = await as.reception.post('/home-collections', { householdId: h.id, appointmentAt: new Date(Date.now() + 3600_000).toISOString(), note: '下午在家' });
    expect(booked.status).toBe(201);
    const caseId = booked.body.id;
    const task = (key: string) => eventually(() => prisma.task.findFirst({ where: { caseId, key, status: 'OPEN' } }).then((t) => t ?? undefined), 15_000, key);
    const confirm = await task('confirm');
    expect(confirm.candidateRole).toBe('CASHIER');
    expect(confirm.titleZh).toContain('下午在家');
    expect((await as.cashier.post(`/tasks/${confirm.id}/complete`, { formData: { nameConfirmed: true, addressConfirmed: true, timeConfirmed: true } })).status).toBe(400);
    const unconfirmed = await as.cashier.post(`/tasks/${confirm.id}/complete`, { formData: { nameConfirmed: true, addressConfirmed: false, timeConfirmed: true, billsPrinted: true } });
    expect(unconfirmed.body.errors).toEqual([{ field: 'addressConfirmed', message: 'must be confirmed' }]);
    expect((await as.cashier.post(`/tasks/${confirm.id}/complete`, { formData: { nameConfirmed: true, addressConfirmed: true, timeConfirmed: true, billsPrinted: true } })).status).toBe(200);
    const collect = await task('collect');
    expect((await as.cashier.post(`/tasks/${collect.id}/complete`, { formData: { amount: 150, method: 'CASH', note: '现金' } })).status).toBe(200);
    const payment = await eventually(() => prisma.payment.findFirst({ where: { householdId: h.id } }).then((p) => p ?? undefined), 15_000, 'home payment');
    expect(payment).toMatchObject({ channel: 'HOME', method: 'CASH', collectorId: ids.cashier, caseId });
    const entry = await eventually(() => prisma.timelineEntry.findFirst({ where: { caseId, type: 'PAYMENT_RECEIVED' } }).then((e) => e ?? undefined));
    expect(entry.data).toMatchObject({ receiptNumber: payment.receiptNumber, amount: 150 });
    expect((await as.cashier.get(`/households/${h.id}/ledger`)).body.overdue).toBe(0);
    await keepHistory(booked.body.workflowId, 'home-collection', 'collected');
  });

  it('FEE-2: a bank auto-debit file: debits become payments, failures keep the bank reason; a bad or repeated file changes nothing', async () => {
    const a = await fixture.household();
    const b = await fixture.household();
    await overdueBill(prisma, a, '2025-05', 120);
    await overdueBill(prisma, b, '2025-05', 130);
    const ref = `BK${Date.now()}`;
    const bad = await as.clerk.post('/bank-debits/imports', {
      fileName: 'bad.csv',
      content: `bank_ref,household_id,amount,result,reason,date\n${ref}-1,${a.id},12x,OK,,2026-11-20\n${ref}-2,${b.id},130,FAILED,,2026-11-20\n`,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'line 2: amount', message: expect.any(String) },
      { field: 'line 3: reason', message: expect.stringContaining('failed debit') },
    ]);
    expect(await prisma.debitResult.count({ where: { bankRef: { startsWith: ref } } })).toBe(0);

    const content = `bank_ref,household_id,amount,result,reason,date\n${ref}-1,${a.id},120.00,OK,,2026-11-20\n${ref}-2,${b.id},130,FAILED,"余额不足, 账户冻结",2026-11-20\n`;
    // The file waits for a second person of another role (the clerk asks, the supervisor approves): nothing is imported before.
    const asked = await as.clerk.post('/bank-debits/imports', { fileName: 'debits-2026-11.csv', content });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind: 'BANK_DEBIT_IMPORT', status: 'PENDING', params: { lines: 2, succeeded: 1, failed: 1 }, amount: 120 });
    expect(await prisma.payment.count({ where: { householdId: a.id } })).toBe(0);
    const imported = await as.supervisor.post(`/approvals/${asked.body.id}/approve`, {});
    expect(imported.status).toBe(201);
    expect(imported.body.outcome).toMatchObject({ lines: 2, succeeded: 1, failed: 1, amount: 120 });
    expect(await prisma.payment.findFirst({ where: { householdId: a.id } })).toMatchObject({ method: 'BANK_DEBIT', channel: 'BANK', reference: `${ref}-1` });
    const ledgerB = (await as.clerk.get(`/households/${b.id}/ledger`)).body;
    expect(ledgerB.debitFailures).toEqual([expect.objectContaining({ bankRef: `${ref}-2`, reason: '余额不足, 账户冻结', amount: 130, debitedAt: '2026-11-20' })]);
    expect(ledgerB.overdue).toBe(130);

    expect((await as.clerk.post('/bank-debits/imports', { fileName: 'again.csv', content })).status).toBe(409);
    expect(await prisma.payment.count({ where: { householdId: a.id } })).toBe(1);
  });

  it('FEE-7: each collector hands the day\'s cash to the internal clerk; the reconciliation shows any difference', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const pending = (await as.clerk.get(`/cash-handovers/pending?collectorId=${ids.cashier}&date=${today}`)).body;
    expect(pending.receipts).toBeGreaterThanOrEqual(2);
    const expected = pending.expectedAmount;
    expect(expected).toBe(pending.payments.reduce((sum: number, p: { amount: number }) => sum + p.amount, 0));

    expect((await as.cashier.post('/cash-handovers', { collectorId: ids.cashier, date: today, countedAmount: expected })).status).toBe(403);
    // Cash short (or over) is recorded only with the clerk's explanation: 400 naming the note, nothing handed over.
    for (const note of [undefined, '   ']) {
      const unexplained = await as.clerk.post('/cash-handovers', { collectorId: ids.cashier, date: today, countedAmount: expected - 10, ...(note === undefined ? {} : { note }) });
      expect(unexplained.status).toBe(400);
      expect(unexplained.body.errors).toEqual([{ field: 'note', message: 'the count differs from the receipts (short ¥10.00): explain the difference in the note' }]);
    }
    const over = await as.clerk.post('/cash-handovers', { collectorId: ids.cashier, date: today, countedAmount: expected + 0.5 });
    expect(over.body.errors.map((e: { field: string; message: string }) => [e.field, toChinese(e.message)])).toEqual([['note', '清点金额与收据不符（长款 ¥0.50）：请在备注中说明原因']]);
    expect((await as.clerk.get(`/cash-handovers/pending?collectorId=${ids.cashier}&date=${today}`)).body).toMatchObject({ receipts: pending.receipts, handovers: 0 });
    const handed = await as.clerk.post('/cash-handovers', { collectorId: ids.cashier, date: today, countedAmount: expected - 10, note: '少 10 元' });
    expect(handed.status).toBe(201);
    expect(handed.body).toMatchObject({ expectedAmount: expected, countedAmount: expected - 10, difference: -10, receipts: pending.receipts, receivedBy: { id: ids.clerk } });
    expect((await as.clerk.post('/cash-handovers', { collectorId: ids.cashier, date: today, countedAmount: 1 })).status).toBe(409);

    const day = (await as.supervisor.get(`/cash-handovers/reconciliation?date=${today}`)).body;
    expect(day.collectors).toContainEqual(expect.objectContaining({ collectorId: ids.cashier, handedOver: true, cashAmount: expected, difference: -10 }));
    expect(day.byMethod.find((m: { method: string }) => m.method === 'BANK_DEBIT')).toBeDefined();
    expect(day.difference).toBe(-10);
    expect(day.notHandedOver).toBe(0);
    expect((await as.clerk.get(`/cash-handovers/pending?collectorId=${ids.cashier}&date=${today}`)).body).toMatchObject({ receipts: 0, handovers: 1 });

    // Cash taken after the handover waits for the next one; the reconciliation shows it until then.
    const late = await as.cashier.post('/payments', { householdId: (await fixture.household({ area: 60 })).id, amount: 35.5, method: 'CASH' });
    expect(late.status).toBe(201);
    const partly = (await as.supervisor.get(`/cash-handovers/reconciliation?date=${today}`)).body;
    expect(partly.collectors).toContainEqual(expect.objectContaining({ collectorId: ids.cashier, handedOver: false, handovers: 1, notHandedOver: 35.5, difference: -10 }));
    expect(partly.notHandedOver).toBe(35.5);
    expect(partly.cashExpected).toBe(Math.round((partly.cashCounted - partly.difference + partly.notHandedOver) * 100) / 100);
    const second = await as.clerk.post('/cash-handovers', { collectorId: ids.cashier, date: today, countedAmount: 35.5 });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ receipts: 1, expectedAmount: 35.5, difference: 0 });
    const closed = (await as.supervisor.get(`/cash-handovers/reconciliation?date=${today}`)).body;
    expect(closed.collectors).toContainEqual(expect.objectContaining({ collectorId: ids.cashier, handedOver: true, handovers: 2, notHandedOver: 0, difference: -10 }));
    expect((await as.clerk.post('/cash-handovers', { collectorId: ids.cashier, date: today, countedAmount: 35.5 })).status).toBe(409);
  });

  it('FEE-7: the collection rate by period and building, and arrears by age', async () => {
    const figures = await as.supervisor.get('/fees/figures?from=2025-01&to=2025-12');
    expect(figures.status).toBe(200);
    const jan = figures.body.periods.find((p: { period: string }) => p.period === '2025-01');
    expect(jan.billed).toBeGreaterThan(0);
    expect(jan.rate).toBe(Math.round((jan.collected / (jan.billed - jan.waived)) * 10_000) / 10_000);
    expect(figures.body.buildings).toContainEqual(expect.objectContaining({ buildingId: fixture.building.id }));
    expect(figures.body.aging.map((a: { bucket: string }) => a.bucket)).toEqual(['0-30', '31-90', '91-180', '181+']);
    expect(figures.body.aging.find((a: { bucket: string }) => a.bucket === '181+').amount).toBeGreaterThan(0);
    expect((await as.supervisor.get('/fees/figures?from=2025-13&to=2025-12')).body.errors[0].field).toBe('from');
  });
});
