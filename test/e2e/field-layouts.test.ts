import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { issuePass } from '../../apps/api/src/gate/passes';
import { openInspection } from '../../apps/api/src/inspections/inspections';
import type { InspectionParty } from '../../apps/api/src/inspections/templates';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { eventually, http, login, unique } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

/** The back office's Chinese texts; they have the shape of the app's English messages (and react-admin's own). */
const zh = zhMessages as unknown as typeof enApp & { ra: { action: { open_menu: string }; auth: { user_menu: string } } };
const HOUR = 3600_000;
/** The smallest touch target a thumb hits reliably. */
const TOUCH = 44;

interface Screen {
  name: string;
  width: number;
  height: number;
}
const SCREENS: Screen[] = [
  { name: 'desk', width: 1440, height: 900 },
  { name: 'tablet-landscape', width: 1024, height: 768 },
  { name: 'tablet-portrait', width: 768, height: 1024 },
  { name: 'phone', width: 360, height: 740 },
  { name: 'phone-390', width: 390, height: 844 },
];
const isPhone = (screen: Screen) => screen.width < 600;
const isDesk = (screen: Screen) => screen.width >= 1200;

const shoot = async (page: Page, name: string) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name) });
};

/** A signed-in page at the screen's size; phones and tablets have touch, phones a mobile viewport. */
async function openAs(browser: Browser, url: string, screen: Screen, username: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, locale: 'zh-CN', isMobile: isPhone(screen), hasTouch: !isDesk(screen) });
  const page = await context.newPage();
  await signIn(page, url, username, password);
  await expectVisible(page, '待办任务');
  return page;
}

/** The page is no wider than the screen: nothing to scroll sideways (a phone's layout viewport stayed its width). */
async function expectNoSidewaysScroll(page: Page, screen: Screen) {
  const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>('({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth })');
  expect(innerWidth).toBe(screen.width);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** An action within the screen's width, and on a phone tall enough for a thumb. */
async function expectWithinReach(target: Locator, screen: Screen) {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
  if (isPhone(screen)) expect(box.height).toBeGreaterThanOrEqual(TOUCH);
}

/** The menu labels shown inside `root`, and those cut (wider than their box). (Browser code as text: the tests have no DOM types.) */
const menuLabels = (root: Locator): Promise<{ shown: string[]; cut: string[] }> =>
  root.evaluate(
    new Function(
      'root',
      `const shown = [...root.querySelectorAll('.RaMenuItemLink-root > .MuiTypography-root, .MuiListItemText-primary')].filter((e) => e.offsetParent !== null && e.textContent.trim());
       return { shown: shown.map((e) => e.textContent.trim()), cut: shown.filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent.trim()) };`,
    ) as (root: unknown) => { shown: string[]; cut: string[] },
  );

/**
 * The pages people use on their feet (CONVENTIONS: "work at 360 px wide"), at a desk, on tablets held either way and
 * on phones: the shell's menu and app bar, the engineer's orders (REP-4), the gate check (REC-3) and the inspection
 * walk (MOV-5). No page scrolls sideways, actions stay within the screen and, on a phone, are at least 44 px tall.
 */
describe('field pages on desks, tablets and phones', () => {
  const suite = browserSuite();
  let order: { id: number; serial: string; caseId: number };
  let passNumber: string;
  let inspection: Awaited<ReturnType<typeof openInspection>>;

  beforeAll(async () => {
    const { prisma, credentials, office } = suite;
    const household = await prisma.household.findFirstOrThrow({ where: { occupancy: 'OWNER', unit: { number: '1-1201' } } });
    const day = new Date(Date.now() + 8 * HOUR + 24 * HOUR).toISOString().slice(0, 10);
    const reception = http(`${office.url}/api`, await login(`${office.url}/api`, 'reception', credentials.reception));
    const taken = await reception.post('/repairs', {
      householdId: household.id,
      reporterName: household.name,
      phone: household.phone,
      channel: 'HOTLINE',
      category: 'PLUMBING',
      description: '卫生间地漏反水，地面积水。',
      windows: [{ from: `${day}T09:00:00+08:00`, to: `${day}T11:00:00+08:00` }],
      confirmedWithResident: true,
    });
    expect(taken.status).toBe(201);
    order = taken.body;
    await eventually(() => prisma.task.findFirst({ where: { caseId: order.caseId, key: 'arrive', status: 'OPEN' } }).then((t) => t ?? undefined), 20_000, 'the arrive task');

    passNumber = (
      await issuePass(prisma, { kind: 'RELEASE', holderName: household.name, householdId: household.id, summary: '1-1201 · 冰箱 ×1', validFrom: new Date(Date.now() - HOUR), validTo: new Date(Date.now() + 3 * HOUR) })
    ).number;

    const kase = await prisma.case.create({ data: { process: 'move-in', workflowId: unique('move-in-layouts'), titleZh: '入住', titleEn: 'Move-in', householdId: household.id, policyKey: 'move-in', policyVersion: 0 } });
    inspection = await openInspection(prisma, { template: 'move-in', caseId: kase.id, householdId: household.id });
  }, 60_000);

  for (const screen of SCREENS) {
    const at = `${screen.name}-${screen.width}x${screen.height}`;

    it(`at ${screen.width}×${screen.height}: the menu (${isDesk(screen) ? 'open beside the page' : isPhone(screen) ? 'a drawer' : 'icons, the whole menu over the page'}) with no label cut, the app bar within the screen`, async () => {
      const { credentials, office } = suite;
      const page = await openAs(office.browser, office.url, screen, 'engineer', credentials.engineer);
      await page.goto(`${office.url}/#/repairs`);
      await expectVisible(page, order.serial);
      await expectNoSidewaysScroll(page, screen);
      // The app bar: title, language, user menu, all on the screen.
      for (const part of [page.locator('#react-admin-title'), page.getByRole('button', { name: '中文' }), page.getByLabel(zh.ra.auth.user_menu)]) {
        const box = (await part.first().boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
      }
      const menuButton = page.getByRole('button', { name: zh.ra.action.open_menu });
      const main = (await page.locator('#main-content').boundingBox())!;

      if (isDesk(screen)) {
        const menu = await menuLabels(page.locator('.RaSidebar-fixed'));
        expect(menu.shown).toEqual(expect.arrayContaining([zh.resources.repairs.name, zh.resources.inspections.name]));
        expect(menu.cut).toEqual([]);
        await shoot(page, `field-shell-${at}.png`);
        await page.context().close();
        return;
      }

      const drawer = page.locator('.MuiDrawer-modal');
      if (isPhone(screen)) {
        // Closed until asked for: the page has the whole width.
        expect(await drawer.count()).toBe(0);
        expect(main.width).toBeGreaterThanOrEqual(screen.width - 20);
      } else {
        // A column of icons: the page keeps all but its width, no label is drawn, each icon names itself in a tooltip.
        const rail = (await page.locator('.RaSidebar-fixed').boundingBox())!;
        expect(rail.width).toBeLessThanOrEqual(60);
        expect(main.width).toBeGreaterThanOrEqual(screen.width - 80);
        expect((await menuLabels(page.locator('.RaSidebar-fixed'))).shown).toEqual([]);
        await page.locator('.RaSidebar-fixed .RaMenuItemLink-root[href="#/inspections"]').hover();
        expect(await page.getByRole('tooltip').textContent()).toBe(zh.resources.inspections.name);
        await shoot(page, `field-shell-${at}.png`);
      }

      await menuButton.click();
      await drawer.waitFor();
      const menu = await menuLabels(drawer);
      expect(menu.shown).toEqual(expect.arrayContaining([zh.resources.repairs.name, zh.resources.inspections.name]));
      expect(menu.cut).toEqual([]);
      const inspections = drawer.locator('.RaMenuItemLink-root', { hasText: zh.resources.inspections.name });
      await expectWithinReach(inspections, screen);
      await shoot(page, `field-shell-${at}-menu.png`);
      // Moving to another page closes the menu.
      await inspections.click();
      await page.waitForURL(/#\/inspections$/);
      await drawer.waitFor({ state: 'detached' });
      await expectNoSidewaysScroll(page, screen);
      await page.context().close();
    }, 120_000);

    it(`at ${screen.width}×${screen.height}: REP-4 the engineer's orders ${isDesk(screen) || screen.width >= 900 ? 'in a table that fits' : 'as cards'}, and the order's open task one tap away`, async () => {
      const { credentials, office } = suite;
      const page = await openAs(office.browser, office.url, screen, 'engineer', credentials.engineer);
      await page.goto(`${office.url}/#/repairs`);
      await expectVisible(page, order.serial);
      if (screen.width < 900) {
        expect(await page.locator('table').count()).toBe(0);
        await expectWithinReach(page.locator(`[data-testid="repair-card"][data-serial="${order.serial}"]`), screen);
      } else {
        await page.locator('tr', { hasText: order.serial }).waitFor();
        // Every column is on the screen: the table is no wider than the page beside the menu.
        const table = (await page.locator('.RaDataTable-table').boundingBox())!;
        expect(table.x + table.width).toBeLessThanOrEqual(screen.width);
      }
      await expectNoSidewaysScroll(page, screen);
      await shoot(page, `field-repairs-${at}.png`);

      await page.goto(`${office.url}/#/repairs/${order.id}/show`);
      const arrive = page.getByTestId('repair-open-tasks').getByRole('link').first();
      await arrive.waitFor();
      expect(await arrive.textContent()).toContain('上门维修');
      await expectWithinReach(arrive, screen);
      await expectNoSidewaysScroll(page, screen);
      await shoot(page, `field-repair-order-${at}.png`);
      await page.getByText(zh.estate.repairs.sections.case).first().scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page, screen);
      await shoot(page, `field-repair-order-case-${at}.png`);
      // The open task, and its work record, with one tap.
      await arrive.click();
      await page.waitForURL(/#\/tasks\/\d+\/show/);
      await page.context().close();
    }, 120_000);

    it(`at ${screen.width}×${screen.height}: REC-3 the guard's gate check, its answer and the next check within reach`, async () => {
      const { credentials, office } = suite;
      const page = await openAs(office.browser, office.url, screen, 'security', credentials.security);
      await page.goto(`${office.url}/#/gate-check`);
      const input = page.locator('input[name="query"]');
      await input.fill(passNumber);
      const submit = page.getByRole('button', { name: zh.estate.gate.check.submit, exact: true });
      await expectWithinReach(submit, screen);
      await submit.click();
      // The first screen lets the pass through and marks it used; the others are told it was used.
      const answer = page.locator('[data-testid="gate-answer"]');
      await answer.waitFor();
      expect(['VALID', 'USED']).toContain(await answer.getAttribute('data-result'));
      expect(await answer.textContent()).toContain('冰箱 ×1');
      await expectNoSidewaysScroll(page, screen);
      await shoot(page, `field-gate-check-${at}.png`);
      const again = page.getByRole('button', { name: zh.estate.gate.check.again });
      await expectWithinReach(again, screen);
      await again.click();
      expect(await input.inputValue()).toBe('');
      await page.context().close();
    }, 120_000);

    it(`at ${screen.width}×${screen.height}: MOV-5 the inspection walk, its condition buttons and the way to the next room within reach`, async () => {
      const { credentials, office } = suite;
      const page = await openAs(office.browser, office.url, screen, 'engineer', credentials.engineer);
      await page.goto(`${office.url}/#/inspections/${inspection.id}/show`);
      await page.getByTestId('inspection-walk').waitFor();
      const [first, second] = [...new Set(inspection.items.map((i) => i.roomCode))];
      const item = inspection.items.find((i) => i.roomCode === first)!;
      const row = page.locator(`[data-item="${first}/${item.code}"]`);
      for (const condition of ['GOOD', 'DEFECT', 'NOT_APPLICABLE']) await expectWithinReach(row.locator(`button[name="condition-${condition}"]`), screen);
      await row.locator('button[name="condition-GOOD"]').click();
      await eventually(async () => (await row.getAttribute('data-condition')) === 'GOOD' || undefined, 10_000, 'the item saved');
      await expectNoSidewaysScroll(page, screen);
      await shoot(page, `field-inspection-${at}.png`);
      const next = page.locator(`[data-next-room="${second}"]`);
      await expectWithinReach(next, screen);
      await next.click();
      await page.locator(`[data-room="${second}"][aria-selected="true"]`).waitFor();
      for (const party of inspection.parties as unknown as InspectionParty[]) await expectWithinReach(page.getByRole('button', { name: zh.estate.inspections.confirm.replace('%{party}', party.label.zh) }), screen);
      await expectNoSidewaysScroll(page, screen);
      await page.context().close();
    }, 120_000);
  }
});
