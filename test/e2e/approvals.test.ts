import path from 'node:path';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { recordPayment } from '../../apps/common/ledger';
import { eventually } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';
import { overdueBill } from '../fees/support';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;

/** Money needs two people, in the browser: a cashier asks for a reversal, the office director approves it on the approvals page. */
describe('a payment reversed with a second approver, in the browser', () => {
  const suite = browserSuite();

  it('FEE-2 the cashier asks with a reason, the director approves, and the payment says 已冲正 / Reversed; no raw codes on the way', async () => {
    const { prisma, credentials, office, page } = suite;
    const building = await prisma.building.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const household = await prisma.household.create({
      data: { occupancy: 'OWNER', name: '钱冲正', phone: '13900007777', unit: { create: { buildingId: building.id, number: `7-${String(Date.now()).slice(-4)}`, floor: 7, areaSqm: 80, status: 'OCCUPIED' } } },
    });
    const bill = await overdueBill(prisma, household, '2025-07', 160);
    const cashier = await prisma.staff.findUniqueOrThrow({ where: { username: 'cashier' } });
    const { payment } = await recordPayment(prisma, { householdId: household.id, amount: 160, method: 'CASH', channel: 'COUNTER', collectorId: cashier.id, idempotencyKey: `e2e-reversal-${household.id}` });

    await signIn(page, office.url, 'cashier', credentials.cashier);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/payments/${payment.id}/show`);
    await expectVisible(page, payment.receiptNumber);
    await page.getByRole('button', { name: zh.estate.payments.reverse }).click();
    const asking = page.getByRole('dialog');
    await asking.locator('textarea[name="reason"]').fill('收款金额录错，重新收取');
    await asking.getByRole('button', { name: zh.estate.payments.reverse }).click();
    await expectVisible(page, zh.estate.approvals.waiting);
    const approval = await eventually(() => prisma.approval.findFirst({ where: { subject: `payment-${payment.id}`, status: 'PENDING' } }).then((a) => a ?? undefined));
    await expectVisible(page, '收款金额录错，重新收取');

    const director = await office.newPage();
    await signIn(director, office.url, 'director', credentials.director);
    await expectVisible(director, '待办任务');
    await director.goto(`${office.url}/#/approvals`);
    await expectVisible(director, payment.receiptNumber);
    await expectVisible(director, zh.estate.approvals.kind.PAYMENT_REVERSAL);
    await director.screenshot({ path: path.join(ARTIFACTS, 'approvals-pending-zh.png'), fullPage: true });
    const listed = await director.locator('main').innerText();
    expect(listed).not.toMatch(/PAYMENT_REVERSAL|PENDING|estate\.|resources\.|\{"/);
    await director.getByRole('button', { name: zh.estate.approvals.approve }).first().click();
    await director.getByRole('dialog').getByRole('button', { name: zh.estate.approvals.approve }).click();
    await expectVisible(director, zh.estate.approvals.approved);
    await eventually(() => prisma.approval.findFirst({ where: { id: approval.id, postedAt: { not: null } } }).then((a) => a ?? undefined));
    expect((await prisma.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe('OPEN');

    await director.goto(`${office.url}/#/payments/${payment.id}/show`);
    await expectVisible(director, '已冲正 / Reversed');
    await expectVisible(director, '收款金额录错，重新收取');
    await director.screenshot({ path: path.join(ARTIFACTS, 'payment-reversed-zh.png'), fullPage: true });
    const shown = await director.locator('main').innerText();
    expect(shown).not.toMatch(/estate\.|resources\.|\{"/);
    await director.context().close();
  });
});
