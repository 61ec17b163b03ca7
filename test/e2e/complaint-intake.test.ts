import path from 'node:path';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { eventually } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';


/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;

/** CMP-1 at the front desk: a receptionist on the phone takes a complaint in the back office, mostly from the keyboard. */
describe('taking a complaint in the browser', () => {
  const suite = browserSuite();

  it('CMP-1 finds the household by unit number, records the complaint and starts its process', async () => {
    const { prisma, credentials, office, page } = suite;
    const household = await prisma.household.findFirstOrThrow({ where: { occupancy: 'OWNER', unit: { number: '1-1201' } } });
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/complaints/create`);

    // The lookup has the focus: type the unit number, Enter picks the household and fills name and phone.
    await page.waitForTimeout(500);
    await page.keyboard.type('1-1201');
    await page.getByRole('option', { name: new RegExp(household.name) }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="phone"]').inputValue()).resolves.toBe(household.phone);

    await page.locator('input[name="place"]').fill('1栋 12 楼走廊');
    await page.locator('input[name="subject"]').fill('保洁员');
    await page.getByRole('radio', { name: zh.estate.enums.department.CLEANING }).check();
    await page.locator('textarea[name="description"]').fill('走廊垃圾两天没有清理，气味很大。');
    await page.locator('textarea[name="request"]').fill('今天之内清理干净');
    await page.getByRole('radio', { name: new RegExp(`^${zh.estate.enums.complaintTier.MINOR}`) }).check();

    // Not confirmed with the resident: refused, nothing recorded.
    const before = await prisma.complaint.count();
    await page.getByRole('button', { name: zh.estate.complaints.save }).click();
    await expectVisible(page, zh.estate.complaints.confirm_required);
    expect(await prisma.complaint.count()).toBe(before);

    await page.getByLabel(zh.resources.complaints.fields.confirmedWithResident).check();
    await page.screenshot({ path: path.join(ARTIFACTS, 'complaint-intake-zh.png'), fullPage: true });
    await page.keyboard.press('Control+Enter');
    await page.waitForURL(/#\/complaints\/\d+\/show/);

    const complaint = await eventually(() => prisma.complaint.findFirst({ where: { householdId: household.id, subject: '保洁员' } }).then((c) => c ?? undefined));
    expect(complaint).toMatchObject({ tier: 'MINOR', department: 'CLEANING', channel: 'HOTLINE', complainantName: household.name, place: '1栋 12 楼走廊' });
    const handle = await eventually(() => prisma.task.findFirst({ where: { caseId: complaint.caseId, key: 'handle' } }).then((t) => t ?? undefined));
    expect(handle.candidateDepartment).toBe('CLEANING');
    await expectVisible(page, '走廊垃圾两天没有清理');
    await page.screenshot({ path: path.join(ARTIFACTS, 'complaint-page-zh.png'), fullPage: true });
  });
});
