import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, isListening } from '../../scripts/stack/ports';
import { seedEstate } from '../../prisma/seed';
import { eventually, seedTestStaff, startApi, startWorker, testPrisma, type RunningApi, type RunningWorker } from '../harness';
import type { PrismaClient } from '../../prisma/client';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const VITE = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The back office in real Chromium against the real API, worker, database and Temporal server. */
describe('back office in the browser', () => {
  let prisma: PrismaClient;
  let worker: RunningWorker;
  let api: RunningApi;
  let preview: ChildProcess;
  let adminUrl: string;
  let browser: Browser;
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

    const built = spawnSync(process.execPath, [VITE, 'build', '--config', 'apps/admin/vite.config.mts', '--logLevel', 'error'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`The back office did not build:\n${built.stdout}\n${built.stderr}`);
    const port = await freePort();
    preview = spawn(process.execPath, [VITE, 'preview', '--config', 'apps/admin/vite.config.mts', '--strictPort'], {
      cwd: ROOT,
      env: { ...process.env, ADMIN_PORT: String(port), API_URL: api.url },
      stdio: 'ignore',
    });
    adminUrl = `http://127.0.0.1:${port}`;
    await eventually(() => isListening('127.0.0.1', port), 30_000, 'the back office to listen');

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    preview?.kill('SIGTERM');
    await api?.close();
    await worker?.stop();
    await prisma?.$disconnect();
  });

  it('refuses a wrong password and signs the receptionist in', async () => {
    await page.goto(adminUrl);
    await page.locator('input[name="username"]').fill('reception');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.locator('button[type="submit"]').click();
    await expectVisible(page, '用户名或密码错误');

    await page.locator('input[name="password"]').fill(credentials.reception);
    await page.locator('button[type="submit"]').click();
    await expectVisible(page, '住户');
  });

  it('ARC-1 finds a seeded household and opens its file, in Chinese', async () => {
    await page.goto(`${adminUrl}/#/households`);
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
});

async function expectVisible(page: Page, text: string) {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 15_000 });
}
