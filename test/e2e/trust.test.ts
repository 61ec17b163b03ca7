import path from 'node:path';
import { ARTIFACTS, browserSuite, expectVisible, signIn } from '../harness/browser';
import { unique } from '../harness';

/** ARC-3 in the back office: a role sees only what the permission table lets it, and identity numbers stay masked. */
describe('who sees what in the back office', () => {
  const suite = browserSuite();

  it('ARC-3 a gardener sees neither identity numbers nor the money pages', async () => {
    const { office, credentials, prisma } = suite;
    const unit = await prisma.unit.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const household = await prisma.household.create({
      data: { unitId: unit.id, occupancy: 'OWNER', name: `林秘${unique('x').slice(-4)}`, idNumber: '110105198001011234', phone: '13800007777' },
    });
    const page = await office.newPage();
    await signIn(page, office.url, 'greening', credentials.greening);
    await expectVisible(page, '待办任务');
    const menu = await page.locator('.RaMenu-open, .RaSidebar-fixed').first().innerText();
    for (const hidden of ['收费', '住户档案', '缴费', '账单', '发件箱']) expect(menu).not.toContain(hidden);
    await page.screenshot({ path: path.join(ARTIFACTS, 'trust-gardener-menu-zh.png'), fullPage: true });
    // Typing the address does not help: the API refuses and the page shows no data.
    for (const route of ['households', 'payments', 'bills', 'cash-handovers', 'dunning-ladders', 'approvals', `households/${household.id}/show`]) {
      const api = route.replace('/show', '');
      const refused = page.waitForResponse((r) => r.url().includes(`/api/${api}`) && r.request().method() === 'GET');
      await page.goto(`${office.url}/#/${route}`);
      expect((await refused).status()).toBe(403);
      // Neither the number nor its masked form, nor the household's name, reaches the screen.
      for (const secret of ['110105198001011234', '110105********1234', household.name]) expect(await page.getByText(secret).count()).toBe(0);
    }
    await page.context().close();
  });

  it('ARC-3 the reception sees a masked identity number and shows it in full on demand, which is recorded', async () => {
    const { office, credentials, prisma } = suite;
    const unit = await prisma.unit.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const household = await prisma.household.create({
      data: { unitId: unit.id, occupancy: 'OWNER', name: `严守${unique('x').slice(-4)}`, idNumber: '330106197507071234', phone: '13800006666' },
    });
    const page = await office.newPage();
    await signIn(page, office.url, 'reception', credentials.reception);
    await expectVisible(page, '待办任务');
    await page.goto(`${office.url}/#/households/${household.id}/show`);
    await expectVisible(page, '330106********1234');
    expect(await page.getByText('330106197507071234').count()).toBe(0);
    await page.getByRole('button', { name: '显示完整号码' }).click();
    await expectVisible(page, '330106197507071234');
    await expectVisible(page, '本次查看已登记');
    await page.screenshot({ path: path.join(ARTIFACTS, 'trust-identity-zh.png'), fullPage: true });
    const records = await prisma.accessRecord.findMany({ where: { resource: 'households', recordId: household.id }, include: { staff: true } });
    expect(records.map((r) => r.staff.username)).toEqual(['reception']);
    await page.context().close();
  });
});
