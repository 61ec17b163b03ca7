import path from 'node:path';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { eventually } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';
import { overdueBill } from '../fees/support';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;

/** FEE-2 at the counter: a cashier finds the household, sees what it owes, takes the money and prints the receipt. */
describe('a payment at the counter in the browser', () => {
  const suite = browserSuite();

  it('FEE-2 pays the oldest bill first, once however often the button is clicked, and shows the receipt on the household file', async () => {
    const { prisma, credentials, office, page } = suite;
    // A household of its own, so bills other tests issue cannot change what this one owes.
    const building = await prisma.building.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const number = `9-${String(Date.now()).slice(-4)}`;
    const household = await prisma.household.create({
      data: { occupancy: 'OWNER', name: '钱柜台', phone: '13900009999', unit: { create: { buildingId: building.id, number, floor: 9, areaSqm: 90, status: 'OCCUPIED' } } },
    });
    const older = await overdueBill(prisma, household, '2025-08', 180);
    const newer = await overdueBill(prisma, household, '2025-09', 180);
    await signIn(page, office.url, 'cashier', credentials.cashier);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/payments/create`);

    // The lookup has the focus: the unit number, then Enter picks the household; its open bills appear.
    await page.waitForTimeout(500);
    await page.keyboard.type(number);
    await page.getByRole('option', { name: new RegExp(household.name) }).first().waitFor();
    await page.keyboard.press('Enter');
    await expectVisible(page, older.number);
    await expectVisible(page, newer.number);

    await page.locator('input[name="amount"]').fill('200');
    await page.getByRole('radio', { name: zh.estate.enums.paymentMethod.CASH }).check();
    // The API is asked to word any refusal in the back office's language.
    const sent = page.waitForRequest((request) => request.method() === 'POST' && /\/api\/payments$/.test(request.url()));
    await page.getByRole('button', { name: zh.estate.payments.save }).dblclick();
    expect((await sent).headers()['accept-language']).toBe('zh');
    const payment = await eventually(() => prisma.payment.findFirst({ where: { householdId: household.id }, include: { allocations: { orderBy: { id: 'asc' } } } }).then((p) => p ?? undefined));
    await expectVisible(page, payment.receiptNumber);
    await page.screenshot({ path: path.join(ARTIFACTS, 'counter-payment-zh.png'), fullPage: true });
    expect(await prisma.payment.count({ where: { householdId: household.id } })).toBe(1);
    expect(payment.allocations.map((a) => [a.billId, Number(a.amount)])).toEqual([
      [older.id, 180],
      [newer.id, 20],
    ]);

    // The household file's fees tab: the payment, and what is still overdue.
    await page.goto(`${office.url}/#/households/${household.id}/show/fees`);
    await expectVisible(page, payment.receiptNumber);
    await expectVisible(page, '160.00');
    await page.screenshot({ path: path.join(ARTIFACTS, 'household-fees-zh.png'), fullPage: true });

    // Its "record payment" button opens the counter form for this household, with what it still owes.
    await page.locator('a[href*="payments/create?source"]', { hasText: zh.estate.payments.record }).click();
    await page.waitForURL(/#\/payments\/create/);
    await expectVisible(page, newer.number);
  });

  it('FEE-2 a refused amount is explained in Chinese without API field names, and once corrected the payment goes through cleanly', async () => {
    const { prisma, office, page } = suite;
    const building = await prisma.building.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const number = `8-${String(Date.now()).slice(-4)}`;
    const household = await prisma.household.create({
      data: { occupancy: 'OWNER', name: '钱更正', phone: '13900008888', unit: { create: { buildingId: building.id, number, floor: 8, areaSqm: 70, status: 'OCCUPIED' } } },
    });
    await overdueBill(prisma, household, '2025-08', 120);
    await page.goto(`${office.url}/#/payments/create`);
    await page.waitForTimeout(500);
    await page.keyboard.type(number);
    await page.getByRole('option', { name: new RegExp(household.name) }).first().waitFor();
    await page.keyboard.press('Enter');

    // Nothing above zero: the form refuses it under the amount before anything is sent.
    await page.locator('input[name="amount"]').fill('0');
    await page.getByRole('button', { name: zh.estate.payments.save }).click();
    await expectVisible(page, '必须大于零');

    // An amount only the API refuses: the reason in Chinese, without the API's field name.
    await page.locator('input[name="amount"]').fill('99999999999');
    await page.getByRole('button', { name: zh.estate.payments.save }).click();
    await expectVisible(page, '须为以元为单位的正数金额');
    expect((await page.locator('.MuiSnackbar-root').allInnerTexts()).join(' ')).not.toMatch(/amount|must/);
    expect(await prisma.payment.count({ where: { householdId: household.id } })).toBe(0);

    await page.locator('input[name="amount"]').fill('20');
    await page.getByRole('radio', { name: zh.estate.enums.paymentMethod.CARD }).check();
    await page.getByRole('button', { name: zh.estate.payments.save }).click();
    const payment = await eventually(() => prisma.payment.findFirst({ where: { householdId: household.id } }).then((p) => p ?? undefined));
    await expectVisible(page, payment.receiptNumber);
    // The refusals of the earlier attempts do not linger under the receipt: the success is what shows.
    await page.waitForTimeout(1000);
    expect(await page.locator('.MuiSnackbar-root').allInnerTexts()).toEqual([zh.estate.payments.recorded]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'counter-payment-corrected-zh.png'), fullPage: true });
  });
});
