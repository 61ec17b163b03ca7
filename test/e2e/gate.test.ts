import path from 'node:path';
import type { Page } from 'playwright-core';
import { issuePass } from '../../apps/api/src/gate/passes';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { eventually } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';
import { minimalPdf } from '../harness/pdf';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;
const gate = zh.estate.gate;
const HOUR = 3600_000;

const shoot = async (page: Page, name: string) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage: true });
};

/** Item release passes in the back office: the gate check on a guard's phone, the register at the desk. */
describe('the gate in the browser', () => {
  const suite = browserSuite();

  it('REC-3 the guard checks a pass on a phone (390×844) as security: valid and let through, then used, then unknown; every check logged', async () => {
    const { prisma, credentials, office } = suite;
    const household = await prisma.household.findFirstOrThrow({ where: { occupancy: 'OWNER', unit: { number: '1-1201' } } });
    const pass = await issuePass(prisma, {
      kind: 'RELEASE',
      holderName: household.name,
      householdId: household.id,
      summary: '1-1201 · 沙发 ×1; 纸箱 ×4',
      vehicle: '粤B·D2046',
      validFrom: new Date(Date.now() - HOUR),
      validTo: new Date(Date.now() + 3 * HOUR),
    });
    const security = await prisma.staff.findUniqueOrThrow({ where: { username: 'security' } });

    const context = await office.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, office.url, 'security', credentials.security);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/gate-check`);
    const input = page.locator('input[name="query"]');
    await input.waitFor();
    await shoot(page, 'gate-check-phone-empty-zh.png');

    await input.fill(pass.number);
    await page.keyboard.press('Enter');
    const answer = page.getByTestId('gate-answer');
    await page.locator('[data-testid="gate-answer"][data-result="VALID"]').waitFor();
    expect(await answer.textContent()).toContain(gate.result.VALID);
    expect(await answer.textContent()).toContain('沙发 ×1');
    // Told as an item release pass: its number, items and vehicle, none of a worker's pass's wording.
    for (const text of [gate.check.kind.RELEASE, gate.check.release.number, gate.check.release.items, gate.check.release.vehicle, '粤B·D2046']) {
      expect(await answer.textContent()).toContain(text);
    }
    for (const text of [gate.check.kind.DECORATION_WORKER, gate.check.worker.name, gate.check.worker.idNumber]) expect(await answer.textContent()).not.toContain(text);
    // The answer is readable without scrolling sideways: the page is no wider than the phone.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shoot(page, 'gate-check-phone-valid-zh.png');

    // The same pass again, by its code typed in small letters: used.
    await page.getByRole('button', { name: gate.check.again }).click();
    await input.fill(pass.code.toLowerCase());
    await page.getByRole('button', { name: gate.check.submit, exact: true }).click();
    await page.locator('[data-testid="gate-answer"][data-result="USED"]').waitFor();
    expect(await answer.textContent()).toContain(gate.result.USED);
    await shoot(page, 'gate-check-phone-used-zh.png');

    await page.getByRole('button', { name: gate.check.again }).click();
    await input.fill('FX1999-000000');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="gate-answer"][data-result="UNKNOWN"]').waitFor();
    await shoot(page, 'gate-check-phone-unknown-zh.png');

    const checks = await prisma.gateCheck.findMany({ where: { checkedById: security.id }, orderBy: { id: 'asc' } });
    expect(checks.slice(-3).map((c) => [c.result, c.passId, c.markedUsed])).toEqual([
      ['VALID', pass.id, true],
      ['USED', pass.id, false],
      ['UNKNOWN', null, false],
    ]);
    expect((await prisma.gatePass.findUniqueOrThrow({ where: { id: pass.id } })).status).toBe('USED');
    await context.close();
  });

  it("REC-3 the reception takes a tenant's application, checks the ID and the owner's consent, and issues the pass", async () => {
    const { prisma, credentials, page } = suite;
    const household = await prisma.household.findFirstOrThrow({ where: { occupancy: 'OWNER', unit: { number: '1-1201' } } });
    await signIn(page, suite.office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${suite.office.url}/#/release-passes/create`);
    await page.waitForTimeout(500);
    await page.keyboard.type('1-1201');
    await page.getByRole('option', { name: new RegExp(household.name) }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: gate.applicant.TENANT }).check();
    // The documents this applicant brings are shown before saving.
    await page.getByTestId('requirements').getByText('业主同意书').waitFor();
    await page.locator('input[name="applicantName"]').fill('林涛');
    await page.locator('input[name="applicantPhone"]').fill('13612345678');
    await page.locator('input[name="items.0.name"]').fill('双人床');
    await page.locator('input[name="vehicle"]').fill('粤B·X8899');
    await page.locator('input[name="to"]').fill('23:59');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/release-passes\/\d+\/show/, { timeout: 20_000 });
    const id = Number(/release-passes\/(\d+)\/show/.exec(page.url())?.[1]);

    // Not issued while the owner's consent is not checked.
    const issue = page.getByRole('button', { name: gate.actions.issue });
    await issue.waitFor();
    expect(await issue.isDisabled()).toBe(true);
    for (const code of ['TENANT_ID', 'OWNER_CONSENT']) {
      await page.locator(`input[name="scan-${code}"]`).setInputFiles({ name: `${code}.pdf`, mimeType: 'application/pdf', buffer: minimalPdf() });
      await page.locator(`[data-item="${code}"][data-checked="yes"]`).waitFor({ timeout: 15_000 });
    }
    await expectVisible(page, gate.checklist.complete);
    await shoot(page, 'release-pass-checklist-zh.png');
    await issue.click();
    await page.locator('[data-status="ISSUED"]').waitFor({ timeout: 15_000 });
    const rp = await eventually(() => prisma.releasePass.findUnique({ where: { id }, include: { pass: true } }).then((r) => (r?.pass ? r : undefined)));
    await expectVisible(page, rp.pass!.number);
    await shoot(page, 'release-pass-issued-zh.png');
    expect(rp).toMatchObject({ applicantKind: 'TENANT', applicantName: '林涛', vehicle: '粤B·X8899', householdId: household.id });
    expect(await prisma.document.count({ where: { householdId: household.id, kind: 'AGREEMENT', title: { contains: '业主同意书' } } })).toBe(1);
  });
});
