import path from 'node:path';
import type { Page } from 'playwright-core';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { eventually } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;
const reception = zh.estate.reception;
const fields = zh.resources['reception-entries'].fields;

const shoot = async (page: Page, name: string) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage: true });
};

/** The reception at the desk, in Chinese: a call into the log, then the log entry turned into a complaint. */
describe('the reception log in the browser', () => {
  const suite = browserSuite();

  it('REC-1 reception logs a call and turns it into a complaint without typing it again; the entry links to the complaint', async () => {
    const { prisma, credentials, office, page } = suite;
    const household = await prisma.household.findFirstOrThrow({ where: { occupancy: 'OWNER', unit: { number: { startsWith: '1-08' } } }, include: { unit: true } });
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/reception-entries/create`);

    // The lookup has the focus: the unit number, then Enter picks the household and fills name and phone.
    await page.waitForTimeout(500);
    await page.keyboard.type(household.unit.number);
    await page.getByRole('option', { name: new RegExp(household.name) }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="phone"]').inputValue()).resolves.toBe(household.phone);
    await expect(page.locator('input[name="residentName"]').inputValue()).resolves.toBe(household.name);
    await page.getByRole('radio', { name: reception.kind.COMPLAINT }).check();
    await page.locator('textarea[name="content"]').fill('楼上每晚十一点后拖动家具，噪音很大，已影响休息。');

    // Not read back to the resident: refused, nothing recorded.
    const before = await prisma.receptionEntry.count();
    await page.getByRole('button', { name: '保存' }).click();
    await expectVisible(page, reception.confirm_required);
    expect(await prisma.receptionEntry.count()).toBe(before);

    await page.getByLabel(fields.confirmedWithResident).check();
    await shoot(page, 'reception-entry-zh.png');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/reception-entries\/\d+\/show/, { timeout: 20_000 });
    const entry = await eventually(() => prisma.receptionEntry.findFirst({ where: { householdId: household.id, content: { startsWith: '楼上每晚' } } }).then((e) => e ?? undefined));
    expect(entry).toMatchObject({ kind: 'COMPLAINT', channel: 'PHONE', residentName: household.name, caseId: null });
    await expectVisible(page, reception.not_linked);

    // Turned into a complaint: the intake opens filled in from the entry; staff add place, subject, department, tier.
    await page.getByRole('link', { name: reception.to_complaint }).click();
    await page.waitForURL(/#\/reception-to-complaint\/\d+/);
    await expect(page.locator('textarea[name="description"]').inputValue()).resolves.toBe(entry.content);
    await expect(page.locator('input[name="complainantName"]').inputValue()).resolves.toBe(household.name);
    await page.locator('input[name="place"]').fill('1栋 9楼');
    await page.locator('input[name="subject"]').fill('楼上住户夜间噪音');
    await page.getByRole('radio', { name: '客服部' }).check();
    await page.locator('textarea[name="request"]').fill('请物业上门劝导');
    await page.getByRole('radio', { name: /轻微/ }).check();
    await page.getByLabel(zh.resources.complaints.fields.confirmedWithResident).check();
    await shoot(page, 'reception-to-complaint-zh.png');
    await page.getByRole('button', { name: reception.save_complaint }).click();
    await page.waitForURL(/#\/complaints\/\d+\/show/, { timeout: 20_000 });

    const linked = await eventually(() => prisma.receptionEntry.findFirst({ where: { id: entry.id, caseId: { not: null } } }).then((e) => e ?? undefined));
    const complaint = await prisma.complaint.findUniqueOrThrow({ where: { caseId: linked.caseId! } });
    expect(complaint).toMatchObject({ householdId: household.id, complainantName: household.name, channel: 'HOTLINE', description: entry.content, subject: '楼上住户夜间噪音' });
    await expectVisible(page, '楼上住户夜间噪音');

    // The log shows the entry with the complaint it became.
    await page.goto(`${office.url}/#/reception-entries/${entry.id}/show`);
    await expectVisible(page, reception.linked_to.replace('%{what}', reception.process.complaint).replace('%{id}', String(complaint.id)));
    await page.goto(`${office.url}/#/reception-entries`);
    await expectVisible(page, '楼上每晚十一点后拖动家具');
    await shoot(page, 'reception-log-zh.png');

    // On a phone the log is one line per entry: time, kind, resident, what was said.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${office.url}/#/reception-entries`);
    await expectVisible(page, `${reception.kind.COMPLAINT} · ${household.name}`);
    await shoot(page, 'reception-log-phone-zh.png');
  });
});
