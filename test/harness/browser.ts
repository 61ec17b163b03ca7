import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort, isListening } from '../../scripts/stack/ports';
import type { PrismaClient } from '../../prisma/client';
import { seedEstate } from '../../prisma/seed';
import { eventually, seedTestStaff, startApi, startWorker, testPrisma, type RunningApi, type RunningWorker } from '.';

const ROOT = path.resolve(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const VITE = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const CONFIG = 'apps/admin/vite.config.mts';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The back office built once per test run (the build does not depend on where the API is). */
function builtAdmin(): string {
  const outDir = path.join(os.tmpdir(), `${path.basename(process.env.DATABASE_URL!)}-admin`);
  if (fs.existsSync(path.join(outDir, 'index.html'))) return outDir;
  const built = spawnSync(process.execPath, [VITE, 'build', '--config', CONFIG, '--outDir', outDir, '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`The back office did not build:\n${built.stdout}\n${built.stderr}`);
  return outDir;
}

export interface BackOffice {
  url: string;
  browser: Browser;
  /** A fresh browser context (no stored session), Chinese by default. */
  newPage(locale?: string): Promise<Page>;
  close(): Promise<void>;
}

/** The built back office served by `vite preview` against `apiUrl`, and headless Chromium. */
export async function startBackOffice(apiUrl: string): Promise<BackOffice> {
  const outDir = builtAdmin();
  const port = await freePort();
  const preview: ChildProcess = spawn(process.execPath, [VITE, 'preview', '--config', CONFIG, '--outDir', outDir, '--strictPort'], {
    cwd: ROOT,
    env: { ...process.env, ADMIN_PORT: String(port), API_URL: apiUrl },
    stdio: 'ignore',
  });
  await eventually(() => isListening('127.0.0.1', port), 30_000, 'the back office to listen');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    async newPage(locale = 'zh-CN') {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
      return context.newPage();
    },
    async close() {
      await browser.close();
      preview.kill('SIGTERM');
    },
  };
}

export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

export async function expectVisible(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout });
}

export interface BrowserSuite {
  prisma: PrismaClient;
  credentials: Record<string, string>;
  office: BackOffice;
  page: Page;
}

/**
 * The stack of one browser test file, set up before its tests and taken down after: the demo estate
 * and staff, a worker, the API, the built back office and a page. Read its fields inside the tests.
 */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  let worker: RunningWorker | undefined;
  let api: RunningApi | undefined;
  beforeAll(async () => {
    suite.prisma = testPrisma();
    await seedEstate(suite.prisma);
    suite.credentials = await seedTestStaff(suite.prisma);
    worker = await startWorker(suite.prisma);
    api = await startApi({ TEMPORAL_TASK_QUEUE: worker.taskQueue });
    suite.office = await startBackOffice(api.url);
    suite.page = await suite.office.newPage();
  }, 180_000);
  afterAll(async () => {
    await suite.office?.close();
    await api?.close();
    await worker?.stop();
    await suite.prisma?.$disconnect();
  });
  return suite;
}
