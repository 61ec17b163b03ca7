import path from 'node:path';
import type { Page } from 'playwright-core';
import { seedEstate } from '../../prisma/seed';
import { eventually, seedTestStaff, startApi, startWorker, testPrisma, type RunningApi, type RunningWorker } from '../harness';
import { ARTIFACTS, expectVisible, signIn, startBackOffice, type BackOffice } from '../harness/browser';
import type { PrismaClient } from '../../prisma/client';

/** The back office in real Chromium against the real API, worker, database and Temporal server. */
describe('back office in the browser', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let office: BackOffice;
  let page: Page;
  let credentials: Record<string, string>;
  let household: { name: string; unitId: number; unit: { number: string } };

  beforeAll(async () => {
    prisma = testPrisma();
    await seedEstate(prisma);
    credentials = await seedTestStaff(prisma);
    household = await prisma.household.findFirstOrThrow({
      where: { occupancy: 'OWNER', unit: { number: '1-0302' } },
      include: { unit: true },
    });
    worker = await startWorker(prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });

    office = await startBackOffice(api.url);
    page = await office.newPage();
  }, 180_000);

  afterAll(async () => {
    await office?.close();
    await api?.close();
    await worker?.stop();
    await prisma?.$disconnect();
  });

  it('refuses a wrong password and signs the receptionist in', async () => {
    await signIn(page, office.url, 'reception', 'wrong-password');
    await expectVisible(page, '用户名或密码错误');

    await page.locator('input[name="password"]').fill(credentials.reception);
    await page.locator('button[type="submit"]').click();
    await expectVisible(page, '住户');
  });

  it('ARC-1 finds a seeded household and opens its file, in Chinese', async () => {
    await page.goto(`${office.url}/#/households`);
    await page.locator('input[name="q"]').fill(household.unit.number);
    // The search narrows the list to the households of that unit (owner and tenant).
    const inUnit = await prisma.household.count({ where: { unitId: household.unitId } });
    await eventually(async () => (await page.locator('tbody tr').count()) === inUnit, 15_000, 'the search to narrow the list');
    await page.getByText(household.name, { exact: true }).first().click();
    await page.waitForURL(/#\/households\/\d+\/show/);
    for (const tab of ['概况', '家庭成员', '联系人', '委托代理人', '档案资料', '档案借阅']) await expectVisible(page, tab);
    await page.screenshot({ path: path.join(ARTIFACTS, 'household-file-zh.png'), fullPage: true });
  });

  it('ARC-1 shows the same file in English after switching the language', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    for (const tab of ['Overview', 'Members', 'Contacts', 'Proxies', 'Documents', 'File lending']) await expectVisible(page, tab);
    await expectVisible(page, household.name);
    await page.screenshot({ path: path.join(ARTIFACTS, 'household-file-en.png'), fullPage: true });
  });

  it('a mistyped address shows "not found" in the chosen language, with no message keys', async () => {
    await page.goto(`${office.url}/#/no-such-page`);
    await expectVisible(page, 'Either you typed a wrong URL, or you followed a bad link.');
    expect(await page.locator('header').innerText()).toContain('Not Found');
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b(estate|ra)\.[a-z_]+\.[a-z_]+/);
    expect(text).not.toContain('link..');
  });
});

