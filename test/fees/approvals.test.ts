import type { PrismaClient } from '../../prisma/client';
import { eventually, http, login, seedTestStaff, startApi, startWorker, testPrisma, unique, type RunningApi, type RunningWorker } from '../harness';
import { pdfText } from '../harness/pdf';
import { fixtureBuilding, overdueBill } from './support';

type Client = ReturnType<typeof http>;
const NAMES = ['cashier', 'clerk', 'supervisor', 'director', 'reception'] as const;

/**
 * Money needs two people (FEE-2 payments and their receipts, the waivers of the dunning ladder, bank auto-debit
 * files): a reversal, a waiver and an import wait until a person of another role approves them, on the real
 * dev server and database.
 */
describe('fees: a second approver for reversals, waivers and bank-debit imports', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let as: Record<(typeof NAMES)[number] | 'supervisor2', Client>;
  let names: Record<string, string>;
  let tokens: Record<string, string>;
  let fixture: Awaited<ReturnType<typeof fixtureBuilding>>;

  beforeAll(async () => {
    prisma = testPrisma();
    const credentials = await seedTestStaff(prisma);
    worker = await startWorker(prisma, undefined, {}, { DELIVERY_FIRST_RETRY_MS: '200' });
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue, DELIVERY_FIRST_RETRY_MS: '200' });
    // A second CS supervisor: same role, another person (the same password as the first).
    const supervisor = await prisma.staff.findUniqueOrThrow({ where: { username: 'supervisor' } });
    const second = await prisma.staff.create({
      data: { username: unique('supervisor2'), displayName: '副主管 Deputy', role: 'CS_SUPERVISOR', department: 'CS', passwordHash: supervisor.passwordHash },
    });
    tokens = Object.fromEntries(await Promise.all(NAMES.map(async (n) => [n, await login(api.url, n, credentials[n])])));
    as = {
      ...(Object.fromEntries(NAMES.map((n) => [n, http(api.url, tokens[n])])) as Record<(typeof NAMES)[number], Client>),
      supervisor2: http(api.url, await login(api.url, second.username, credentials.supervisor)),
    };
    names = Object.fromEntries((await prisma.staff.findMany({ where: { username: { in: [...NAMES] } } })).map((s) => [s.username, s.displayName]));
    fixture = await fixtureBuilding(prisma, '审批楼');
  });

  afterAll(async () => {
    await api.close();
    await worker.stop();
    await prisma.$disconnect();
  });

  const billsOf = (householdId: number) => prisma.bill.findMany({ where: { householdId }, orderBy: { period: 'asc' } });

  /** A household with two overdue bills, paid in full at the counter by the cashier. */
  async function paidHousehold() {
    const household = await fixture.household();
    await overdueBill(prisma, household, '2025-01', 200);
    await overdueBill(prisma, household, '2025-02', 150);
    const paid = await as.cashier.post('/payments', { householdId: household.id, amount: 350, method: 'CASH', requestId: unique('r') });
    expect(paid.status).toBe(201);
    expect((await billsOf(household.id)).map((b) => b.status)).toEqual(['PAID', 'PAID']);
    return { household, payment: paid.body as { id: number; receiptNumber: string } };
  }

  it('FEE-2 a wrong payment is reversed once a person of another role approves: the receipt keeps its number and shows the reversal, the bills owe again, the ledger shows it', async () => {
    const { household, payment } = await paidHousehold();
    const missing = await as.cashier.post(`/payments/${payment.id}/reversal`, { reason: '  ' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);

    const asked = await as.cashier.post(`/payments/${payment.id}/reversal`, { reason: '金额录错：应收 35 元，误录 350 元' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind: 'PAYMENT_REVERSAL', status: 'PENDING', amount: 350, requestedBy: { displayName: names.cashier } });
    expect((await as.cashier.post(`/payments/${payment.id}/reversal`, { reason: '再次' })).status).toBe(409);

    // Waiting: nothing has changed.
    expect((await billsOf(household.id)).map((b) => [b.status, Number(b.paid)])).toEqual([['PAID', 200], ['PAID', 150]]);
    expect((await as.cashier.get(`/households/${household.id}/ledger`)).body).toMatchObject({ paid: 350, overdue: 0, reversals: [] });
    const pending = await as.director.get(`/approvals?filter=${encodeURIComponent(JSON.stringify({ status: 'PENDING', householdId: household.id }))}`);
    expect(pending.body.map((a: { id: number }) => a.id)).toEqual([asked.body.id]);
    expect(pending.body[0].params).toMatchObject({ receiptNumber: payment.receiptNumber });

    // The cashier and the clerk may not approve; the office director may.
    expect((await as.cashier.post(`/approvals/${asked.body.id}/approve`, {})).status).toBe(403);
    expect((await as.clerk.post(`/approvals/${asked.body.id}/approve`, {})).status).toBe(403);
    const approved = await as.director.post(`/approvals/${asked.body.id}/approve`, { note: '核对原始单据属实' });
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ status: 'APPROVED', decidedBy: { displayName: names.director }, outcome: { receiptNumber: payment.receiptNumber, overdue: 350 } });
    expect(approved.body.postedAt).toEqual(expect.any(String));

    // The payment stays, with its number and its reversal; its allocations are undone, so the bills owe again.
    const shown = (await as.cashier.get(`/payments/${payment.id}`)).body;
    expect(shown).toMatchObject({ receiptNumber: payment.receiptNumber, amount: 350, unallocated: 0, reversal: { reason: '金额录错：应收 35 元，误录 350 元', requestedBy: { displayName: names.cashier }, approvedBy: { displayName: names.director } } });
    expect(shown.allocations.map((a: { amount: number }) => a.amount)).toEqual([200, 150, -200, -150]);
    expect((await billsOf(household.id)).map((b) => [b.status, Number(b.paid), b.settledAt])).toEqual([['OPEN', 0, null], ['OPEN', 0, null]]);
    const ledger = (await as.cashier.get(`/households/${household.id}/ledger`)).body;
    expect(ledger).toMatchObject({ paid: 0, credit: 0, overdue: 350 });
    expect(ledger.reversals).toEqual([expect.objectContaining({ receiptNumber: payment.receiptNumber, amount: 350, reason: '金额录错：应收 35 元，误录 350 元', approvedBy: expect.objectContaining({ displayName: names.director }) })]);

    const receipt = await fetch(`${api.url}/payments/${payment.id}/receipt.pdf`, { headers: { Authorization: `Bearer ${tokens.cashier}` } });
    expect(receipt.status).toBe(200);
    const text = pdfText(Buffer.from(await receipt.arrayBuffer()));
    for (const expected of [payment.receiptNumber, '已冲正 / Reversed', '金额录错：应收 35 元，误录 350 元', names.cashier, names.director, '¥ 350.00']) expect(text).toContain(expected);

    // Once only: a reversed payment is not reversed again, an approved request not approved again.
    const again = await as.cashier.post(`/payments/${payment.id}/reversal`, { reason: '再冲一次' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('cannot be reversed again');
    expect((await as.supervisor.post(`/approvals/${asked.body.id}/approve`, {})).status).toBe(409);

    // FEE-3: the household owes again, and the dunning is told: with no ladder open, the sweep opens one.
    const ladder = await eventually(() => prisma.dunningLadder.findFirst({ where: { householdId: household.id } }).then((l) => l ?? undefined), 30_000, 'ladder opened');
    expect(Number(ladder.overdueAmount)).toBe(350);
    await as.supervisor.post(`/dunning-ladders/${ladder.id}/hold`, { reason: '测试结束，暂停催缴' });
  });

  it('two approvals of one reversal at the same moment post it once; a person of the requester\'s role may not approve', async () => {
    const { household, payment } = await paidHousehold();
    const asked = await as.supervisor.post(`/payments/${payment.id}/reversal`, { reason: '重复收款' });
    expect(asked.status).toBe(201);
    const sameRole = await as.supervisor2.post(`/approvals/${asked.body.id}/approve`, {});
    expect(sameRole.status).toBe(403);
    expect(sameRole.body.message).toMatch(/another role/);
    const same = await as.supervisor.post(`/approvals/${asked.body.id}/approve`, {});
    expect(same.status).toBe(403);
    expect(same.body.message).toMatch(/yourself/);

    const answers = await Promise.all([as.director.post(`/approvals/${asked.body.id}/approve`, {}), as.director.post(`/approvals/${asked.body.id}/approve`, {})]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const allocations = await prisma.allocation.findMany({ where: { paymentId: payment.id } });
    expect(allocations.map((a) => Number(a.amount)).sort((a, b) => a - b)).toEqual([-200, -150, 150, 200]);
    expect((await billsOf(household.id)).map((b) => Number(b.paid))).toEqual([0, 0]);
    expect(await prisma.approval.count({ where: { subject: `payment-${payment.id}` } })).toBe(1);
  });

  it('a waiver of arrears waits for a manager of another role: the requester and a colleague of the same role are refused, a rejection changes nothing', async () => {
    const household = await fixture.household();
    await overdueBill(prisma, household, '2025-03', 480);
    expect((await as.supervisor.post('/dunning-ladders/sweep', { householdIds: [household.id] })).status).toBe(201);
    const ladder = await eventually(() => prisma.dunningLadder.findFirst({ where: { householdId: household.id } }).then((l) => l ?? undefined), 20_000, 'ladder opened');
    await eventually(async () => (await as.supervisor.get(`/dunning-ladders/${ladder.id}`)).body.caseId && true, 20_000, 'ladder filed');

    expect((await as.cashier.post(`/dunning-ladders/${ladder.id}/waive`, { reason: 'x' })).status).toBe(403);
    const asked = await as.supervisor.post(`/dunning-ladders/${ladder.id}/waive`, { reason: '困难家庭，申请减免' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind: 'WAIVER', status: 'PENDING', amount: 480 });
    expect((await as.supervisor.post(`/approvals/${asked.body.id}/approve`, {})).status).toBe(403);
    expect((await as.supervisor2.post(`/approvals/${asked.body.id}/approve`, {})).status).toBe(403);

    const noReason = await as.director.post(`/approvals/${asked.body.id}/reject`, {});
    expect(noReason.status).toBe(400);
    expect(new Set(noReason.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['note']));
    const rejected = await as.director.post(`/approvals/${asked.body.id}/reject`, { note: '未提供困难证明' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', decidedBy: { displayName: names.director }, decisionNote: '未提供困难证明', postedAt: null });
    expect((await as.supervisor.post(`/approvals/${asked.body.id}/approve`, {})).status).toBe(409);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await prisma.dunningLadder.findUniqueOrThrow({ where: { id: ladder.id } })).status).not.toBe('STOPPED');
    expect((await billsOf(household.id)).map((b) => [b.status, Number(b.waived)])).toEqual([['OPEN', 0]]);

    const again = await as.supervisor.post(`/dunning-ladders/${ladder.id}/waive`, { reason: '已补交困难证明' });
    expect(again.status).toBe(201);
    expect((await as.director.post(`/approvals/${again.body.id}/approve`, {})).status).toBe(201);
    const stopped = await eventually(() => prisma.dunningLadder.findFirst({ where: { id: ladder.id, status: 'STOPPED' } }).then((l) => l ?? undefined), 20_000, 'waived');
    expect(stopped.stopReason).toBe('waived');
    expect((await billsOf(household.id)).map((b) => [b.status, Number(b.waived)])).toEqual([['WAIVED', 480]]);
    const waived = await prisma.timelineEntry.findFirstOrThrow({ where: { caseId: stopped.caseId!, type: 'ARREARS_WAIVED' }, include: { actor: true } });
    expect([waived.actor?.username, (waived.data as { reason: string }).reason]).toEqual(['director', '已补交困难证明']);
  });

  it('FEE-2 a bank auto-debit file waits for a second person: rejected, nothing is imported; approved, its debits become payments once', async () => {
    const a = await fixture.household();
    await overdueBill(prisma, a, '2025-05', 120);
    const ref = `AP${Date.now()}`;
    const content = `bank_ref,household_id,amount,result,reason,date\n${ref}-1,${a.id},120.00,OK,,2026-11-20\n${ref}-2,${a.id},80,FAILED,余额不足,2026-11-21\n`;
    const asked = await as.clerk.post('/bank-debits/imports', { fileName: 'debits.csv', content });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind: 'BANK_DEBIT_IMPORT', status: 'PENDING', amount: 120, params: { fileName: 'debits.csv', lines: 2, succeeded: 1, failed: 1 } });
    expect(asked.body.params.content).toBeUndefined();
    expect((await as.cashier.post('/bank-debits/imports', { fileName: 'same.csv', content })).status).toBe(409);
    expect((await as.clerk.post(`/approvals/${asked.body.id}/approve`, {})).status).toBe(403);

    expect((await as.supervisor.post(`/approvals/${asked.body.id}/reject`, { note: '文件日期有误' })).status).toBe(201);
    expect(await prisma.debitResult.count({ where: { bankRef: { startsWith: ref } } })).toBe(0);
    expect(await prisma.payment.count({ where: { householdId: a.id } })).toBe(0);

    const second = await as.cashier.post('/bank-debits/imports', { fileName: 'debits.csv', content, note: '已与银行核对' });
    expect(second.status).toBe(201);
    const approved = await as.supervisor.post(`/approvals/${second.body.id}/approve`, {});
    expect(approved.status).toBe(201);
    expect(approved.body.outcome).toMatchObject({ lines: 2, succeeded: 1, failed: 1, amount: 120 });
    const imported = await prisma.debitImport.findUniqueOrThrow({ where: { id: approved.body.outcome.importId }, include: { importedBy: true } });
    expect(imported.importedBy?.username).toBe('cashier');
    expect(await prisma.payment.findFirst({ where: { householdId: a.id } })).toMatchObject({ method: 'BANK_DEBIT', reference: `${ref}-1` });
    expect((await as.clerk.post('/bank-debits/imports', { fileName: 'again.csv', content })).status).toBe(409);
    expect(await prisma.payment.count({ where: { householdId: a.id } })).toBe(1);
  });
});
