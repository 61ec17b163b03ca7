import path from 'node:path';
import type { Page } from 'playwright-core';
import type { enApp } from '../../apps/admin/src/i18n/en';
import zhMessages from '../../apps/admin/src/i18n/zh';
import { http, login, unique } from '../harness';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';

/** The back office's Chinese texts; they have the shape of the app's English messages. */
const zh = zhMessages as unknown as typeof enApp;
const sv = zh.estate.supervision;

const shoot = async (page: Page, name: string, fullPage = true) => {
  for (const dir of ['/tmp', ARTIFACTS]) await page.screenshot({ path: path.join(dir, name), fullPage });
};

/** The page to start the day on, for the CS supervisor, in Chinese. */
describe('the landing page in the browser', () => {
  const suite = browserSuite();

  it('REC-4 the supervisor starts the day on the open work by process, age and owner, what is overdue, today’s new cases and the month’s figures, each number opening its list', async () => {
    const { prisma, credentials, office, page } = suite;
    const reception = await prisma.staff.findUniqueOrThrow({ where: { username: 'reception' } });
    const marker = unique('工作台');
    // Open work: a complaint opened today with an overdue task held by the reception, a repair eight days old in
    // the engineers' queue, and a task waiting in the supervisor's own queue (the menu's count).
    const open = async (process: string, daysAgo: number, task: Record<string, unknown>) => {
      const kase = await prisma.case.create({
        data: { process, workflowId: unique(process), titleZh: `${marker} ${process}`, titleEn: `${marker} ${process}`, policyKey: process, policyVersion: 0, openedAt: new Date(Date.now() - daysAgo * 86_400_000) },
      });
      await prisma.task.create({ data: { caseId: kase.id, key: 'step', titleZh: `${marker} 处理`, titleEn: 'Handle', form: [], ...task } });
      return kase;
    };
    const complaint = await open('complaint', 0, { assigneeId: reception.id, dueAt: new Date(Date.now() - 3600_000) });
    await open('repair', 8, { candidateRole: 'ENGINEER', dueAt: new Date(Date.now() + 86_400_000) });
    await open('front-desk-review', 0, { candidateRole: 'CS_SUPERVISOR', dueAt: new Date(Date.now() + 3600_000) });

    const token = await login(`${office.url}/api`, 'supervisor', credentials.supervisor);
    // And a call logged at the front desk today.
    const before = (await http(`${office.url}/api`, token).get('/supervision/overview')).body.totals.receptionToday;
    const call = await http(`${office.url}/api`, await login(`${office.url}/api`, 'reception', credentials.reception)).post('/reception-entries', {
      kind: 'CONSULTATION', channel: 'PHONE', residentName: '陈静', phone: '13700002222', content: `${marker} 楼道灯坏了`, confirmedWithResident: true,
    });
    expect(call.status).toBe(201);
    const overview = (await http(`${office.url}/api`, token).get('/supervision/overview')).body;
    expect(overview.totals.receptionToday).toBe(before + 1);
    const complaints = overview.processes.find((p: { process: string }) => p.process === 'complaint');
    expect(complaints).toMatchObject({ openedToday: expect.any(Number) });
    expect(complaints.open).toBeGreaterThanOrEqual(1);
    expect(complaints.overdue).toBeGreaterThanOrEqual(1);

    // Signing in, the supervisor lands on the page to start the day on.
    await signIn(page, office.url, 'supervisor', credentials.supervisor);
    await expectVisible(page, sv.openWork);
    expect(new URL(page.url()).hash).toBe('#/today');
    // The menu counts what waits for the supervisor (at least the review in their queue).
    const badge = page.getByTestId('waiting-count');
    await badge.waitFor();
    expect(Number(await badge.textContent())).toBeGreaterThanOrEqual(1);

    await page.getByRole('menuitem', { name: sv.today }).click();
    await expectVisible(page, sv.openWork);
    await expectVisible(page, sv.byOwner);
    await expectVisible(page, sv.figures.onTimeByTier);
    await expectVisible(page, sv.figures.collectionRate);
    await expectVisible(page, reception.displayName);
    const totals = page.getByRole('link', { name: new RegExp(`^${overview.totals.open}\\s*${sv.totals.open}`) });
    await totals.waitFor();
    const row = page.getByRole('row').filter({ hasText: '投诉' }).first();
    const openCell = row.getByRole('link').first();
    expect(Number(await openCell.textContent())).toBe(complaints.open);
    // The month's satisfaction per channel is among the department's figures.
    await expectVisible(page, '满意率：前台接待');
    await expectVisible(page, sv.totals.receptionToday);
    await page.waitForTimeout(300);
    await shoot(page, 'landing-page-zh.png');

    // A number opens the list behind it: the open complaints' cases.
    await openCell.click();
    await page.waitForURL(/#\/cases\?filter=/);
    expect(decodeURIComponent(page.url())).toContain('"process":"complaint"');
    await expectVisible(page, `${marker} complaint`);
    expect(await page.getByText(`${marker} repair`).count()).toBe(0);
    await shoot(page, 'landing-page-link-zh.png');
    expect(complaint.id).toBeGreaterThan(0);

    // On a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${office.url}/#/today`);
    await expectVisible(page, sv.openWork);
    await shoot(page, 'landing-page-phone-zh.png');
  }, 120_000);
});
