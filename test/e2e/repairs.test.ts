import path from 'node:path';
import type { Page } from 'playwright-core';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { eventually } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;
const repairs = zh.estate.repairs;

/** Tomorrow at the estate (China Standard Time), "YYYY-MM-DD". */
const estateTomorrow = () => new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);

const shoot = async (page: Page, name: string, fullPage = true) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage });
};

/** Repairs in the back office: intake at the desk from the keyboard, and an engineer's work on a phone. */
describe('repairs in the browser', () => {
  const suite = browserSuite();
  let orderId: number;

  it('REP-1 reception takes a repair order from the keyboard: household, category, window, read back, saved with its serial', async () => {
    const { prisma, credentials, office, page } = suite;
    const household = await prisma.household.findFirstOrThrow({ where: { occupancy: 'OWNER', unit: { number: '1-1201' } } });
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/repairs/create`);

    // The lookup has the focus: the unit number, then Enter picks the household and fills name and phone.
    await page.waitForTimeout(500);
    await page.keyboard.type('1-1201');
    await page.getByRole('option', { name: new RegExp(household.name) }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="phone"]').inputValue()).resolves.toBe(household.phone);
    await expect(page.locator('input[name="reporterName"]').inputValue()).resolves.toBe(household.name);

    // The category by its name from the catalogue; arrows move within the group, one tab stop.
    await page.getByRole('radio', { name: '给排水' }).focus();
    await page.keyboard.press('Space');
    await page.locator('textarea[name="description"]').focus();
    await page.keyboard.type('厨房水槽下水管漏水，柜子里有积水。');
    const day = estateTomorrow();
    await page.locator('input[name="windows.0.day"]').fill(day);
    await page.locator('input[name="windows.0.from"]').fill('09:00');
    await page.locator('input[name="windows.0.to"]').fill('11:00');

    // REP-2: the quote says free (the unit's handover date is not on file: treated as in warranty).
    await page.locator('[data-quote="FREE"]').waitFor({ timeout: 15_000 });
    const readBack = page.getByTestId('repair-read-back');
    await readBack.getByText('厨房水槽下水管漏水').waitFor();
    await readBack.getByText(repairs.kind.FREE).waitFor();
    expect(await readBack.textContent()).toContain('09:00–11:00');

    // Not read back to the resident: refused, nothing recorded.
    const before = await prisma.repairOrder.count();
    await page.keyboard.press('Control+Enter');
    await expectVisible(page, repairs.confirm_required);
    expect(await prisma.repairOrder.count()).toBe(before);

    await page.getByLabel(zh.resources.repairs.fields.confirmedWithResident).check();
    await shoot(page, 'repair-intake-zh.png');
    await page.keyboard.press('Control+Enter');
    await page.waitForURL(/#\/repairs\/\d+\/show/, { timeout: 20_000 });

    const order = await eventually(() => prisma.repairOrder.findFirst({ where: { householdId: household.id, description: { startsWith: '厨房水槽' } } }).then((o) => o ?? undefined));
    expect(order).toMatchObject({ category: 'PLUMBING', kind: 'FREE', channel: 'HOTLINE', reporterName: household.name, status: 'OPEN' });
    expect(order.serial).toMatch(/^WX\d{4}-\d{6}$/);
    expect(order.appointmentFrom?.toISOString()).toBe(new Date(`${day}T09:00:00+08:00`).toISOString());
    orderId = order.id;
    await expectVisible(page, order.serial);
    await expectVisible(page, repairs.status.OPEN);
    // Its case's first task waits for engineering, with its deadline.
    await eventually(() => prisma.task.findFirst({ where: { caseId: order.caseId!, key: 'arrive' } }).then((t) => t ?? undefined));
    await expectVisible(page, '按约定时间上门维修');
    await shoot(page, 'repair-order-zh.png');

    // The register, the household's file and the figures show it too, in words.
    await page.goto(`${office.url}/#/repairs`);
    await page.locator('tr', { hasText: order.serial }).getByText(repairs.kind.FREE).waitFor();
    await shoot(page, 'repair-list-zh.png');
    await page.goto(`${office.url}/#/households/${household.id}/show/repairs`);
    await expectVisible(page, order.serial);
    await page.goto(`${office.url}/#/repair-figures`);
    await page.getByTestId('repair-figures-chart').getByText('给排水').waitFor();
    await shoot(page, 'repair-figures-zh.png');
  });

  it('REP-4 at phone size the engineer claims the arrive task, records arrival and the work, and the order shows it done', async () => {
    const { prisma, credentials, office } = suite;
    const order = await prisma.repairOrder.findUniqueOrThrow({ where: { id: orderId } });
    const context = await office.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const phone = await context.newPage();
    await signIn(phone, office.url, 'engineer', credentials.engineer);
    await expectVisible(phone, '待办任务');

    // The inbox: the arrive task waits in the engineering queue.
    const arrive = await prisma.task.findFirstOrThrow({ where: { caseId: order.caseId!, key: 'arrive' } });
    await phone.getByRole('tab', { name: /我的队列/ }).click();
    // Other orders wait in the same queue (earlier ones first): the engineer looks the order up by its number.
    await phone.locator('input[name="q"]').fill(order.serial);
    // The search applies half a second after typing: a tap before that would be undone by the list's own move.
    await phone.waitForURL(new RegExp(order.serial));
    await phone.getByText(arrive.titleZh).first().waitFor({ timeout: 15_000 });
    await shoot(phone, 'repair-phone-inbox-zh.png');
    await phone.getByText(arrive.titleZh).first().click();
    await phone.waitForURL(new RegExp(`#/tasks/${arrive.id}/show`));
    await phone.getByRole('button', { name: '认领' }).first().click();
    await expectVisible(phone, '已认领任务');
    await phone.getByLabel('已到达住户处（携带维修工作单）').check();
    await phone.getByRole('button', { name: '完成任务' }).click();
    await expectVisible(phone, '任务已完成');
    await eventually(async () => (await prisma.repairOrder.findUniqueOrThrow({ where: { id: orderId } })).status === 'ARRIVED', 15_000, 'the arrival');

    // The work task comes to the engineer who arrived.
    const work = await eventually(() => prisma.task.findFirst({ where: { caseId: order.caseId!, key: 'work', status: 'OPEN' } }).then((t) => t ?? undefined), 15_000);
    await phone.goto(`${office.url}/#/tasks`);
    await phone.getByRole('tab', { name: /我的任务/ }).click();
    await phone.locator('input[name="q"]').fill(order.serial);
    await phone.waitForURL(new RegExp(order.serial));
    await phone.getByText(work.titleZh).first().click();
    await phone.waitForURL(new RegExp(`#/tasks/${work.id}/show`));
    const claim = phone.getByRole('button', { name: '认领' });
    if (await claim.count()) {
      await claim.first().click();
      await expectVisible(phone, '已认领任务');
    }
    await phone.getByLabel('维修情况').fill('更换水槽下水管及密封圈，试水无渗漏。');
    await phone.getByLabel('所用材料').fill('下水管 1 根，密封圈 2 个');
    await phone.getByLabel('工时（小时）').fill('1.5');
    await phone.getByLabel('住户已确认并在工作单上签字').check();
    await shoot(phone, 'repair-phone-work-form-zh.png');
    await phone.getByRole('button', { name: '完成任务' }).click();
    await expectVisible(phone, '任务已完成');

    const done = await eventually(async () => {
      const o = await prisma.repairOrder.findUniqueOrThrow({ where: { id: orderId }, include: { engineer: true } });
      return o.status === 'COMPLETED' ? o : undefined;
    }, 15_000, 'the work to be recorded');
    expect(done.engineer?.username).toBe('engineer');
    expect(Number(done.hours)).toBe(1.5);

    await phone.goto(`${office.url}/#/repairs/${orderId}/show`);
    await expectVisible(phone, order.serial);
    await expectVisible(phone, repairs.status.COMPLETED);
    await expectVisible(phone, '更换水槽下水管及密封圈');
    await shoot(phone, 'repair-phone-order-zh.png');
    await shoot(phone, 'repair-phone-order-top-zh.png', false);
    await phone.getByText(zh.estate.repairs.sections.case).scrollIntoViewIfNeeded();
    await shoot(phone, 'repair-phone-order-tasks-zh.png', false);

    // The register on a phone: one line per order, not a table.
    await phone.goto(`${office.url}/#/repairs`);
    await phone.getByText(order.serial).first().waitFor();
    expect(await phone.locator('table').count()).toBe(0);
    await shoot(phone, 'repair-phone-list-zh.png', false);
    await context.close();
  });
});
