import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { packagedLetterFont } from '../../apps/common/config';
import { freePort, isListening } from '../../scripts/stack/ports';
import { cacheDir } from '../../scripts/stack/temporal';
import type { PrismaClient } from '../../prisma/client';
import { seedEstate } from '../../prisma/seed';
import { eventually, seedTestStaff, startApi, startWorker, testPrisma, type RunningApi, type RunningWorker } from '.';

const ROOT = path.resolve(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const VITE = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const CONFIG = 'apps/admin/vite.config.mts';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The Chromium build that the @sparticuz/chromium npm package ships (brotli-compressed, x64 Linux), unpacked
 * once per version into the cache folder, with the libraries it links (NSS, NSPR, expat) from the same
 * package, so that it runs on a machine with no browser and none of a browser's libraries installed.
 */
function packagedChromium(): { executablePath: string; env: Record<string, string> } {
  const main = require.resolve('@sparticuz/chromium');
  const packageDir = main.slice(0, main.lastIndexOf(`${path.sep}build${path.sep}`));
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(cacheDir(), `chromium-${version}`);
  const found = { executablePath: path.join(dir, 'chromium'), env: { LD_LIBRARY_PATH: [path.join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') } };
  if (fs.existsSync(found.executablePath)) return found;

  process.stderr.write(`[harness] Unpacking the Chromium that ships in the npm package @sparticuz/chromium ${version} into ${dir} (first run only, seconds).\n`);
  fs.mkdirSync(cacheDir(), { recursive: true });
  const staging = fs.mkdtempSync(path.join(cacheDir(), `.chromium-${version}-`));
  try {
    // The package's own unpacker writes into the temporary folder: point that at the staging folder.
    const unpacked = spawnSync(process.execPath, ['--input-type=module', '-e', "const { default: c } = await import('@sparticuz/chromium'); await c.executablePath();"], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: staging },
      encoding: 'utf8',
    });
    if (unpacked.status !== 0 || !fs.existsSync(path.join(staging, 'chromium'))) throw new Error(`@sparticuz/chromium did not unpack its browser:\n${unpacked.stderr}`);
    // Its libraries come as a tar for Amazon Linux; the browser needs only these, from any Linux.
    const libs = zlib.brotliDecompressSync(fs.readFileSync(path.join(packageDir, 'bin', 'al2023.tar.br')));
    const untarred = spawnSync('tar', ['-x', '-C', staging], { input: libs, encoding: 'utf8' });
    if (untarred.status !== 0) throw new Error(`The libraries of @sparticuz/chromium did not unpack: ${untarred.stderr}`);
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    // Another test process may have unpacked the same version meanwhile.
    if (!fs.existsSync(found.executablePath)) throw error;
  }
  return found;
}

/**
 * The Chinese font that `npm install` brings, added to the system's fonts for the browser (fontconfig), so
 * that screenshots of the back office show Chinese on a machine without CJK fonts.
 */
function fontConfig(): string {
  const fonts = path.dirname(path.dirname(packagedLetterFont()));
  const file = path.join(cacheDir(), 'fontconfig', `${createHash('sha1').update(fonts).digest('hex').slice(0, 12)}.conf`);
  if (fs.existsSync(file)) return file;
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...['400Regular', '700Bold'].map((weight) => `  <dir>${path.join(fonts, weight)}</dir>`),
    `  <cachedir>${path.join(cacheDir(), 'fontconfig', 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, xml);
  fs.renameSync(partial, file);
  return file;
}

/**
 * The browser of the tests: CHROMIUM_PATH, else the system's Chromium, else the one that ships in the
 * @sparticuz/chromium npm package (CHROMIUM_PATH=npm picks that one even where the system has one).
 */
export function findChromium(): { executablePath: string; env: Record<string, string> } {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted && wanted !== 'npm') {
    if (!fs.existsSync(wanted)) throw new Error(`CHROMIUM_PATH points at ${wanted}, which does not exist: fix the path or unset it.`);
    return { executablePath: wanted, env: {} };
  }
  const system = wanted === 'npm' ? undefined : fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : onPath('chromium');
  return system ? { executablePath: system, env: {} } : packagedChromium();
}

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
  const found = findChromium();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    env: { ...process.env, ...found.env, FONTCONFIG_FILE: fontConfig() },
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
