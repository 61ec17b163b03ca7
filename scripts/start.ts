/**
 * `npm start`: the whole product on one machine, on embedded defaults.
 * PostgreSQL (DATABASE_URL) is migrated and seeded; the Temporal server is started (the dev server on
 * SQLite, or with `--temporal=server` the server on PostgreSQL as deployed; neither when TEMPORAL_ADDRESS
 * names a running one); the API, WORKERS worker processes (1 by default) and the back office are built;
 * every process is supervised (restarted within seconds if it dies) and stopped cleanly on Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkSigningSecret, ConfigError, loadConfig, type AppConfig } from '../apps/common/config';
import { DEMO_STAFF } from '../prisma/seed';
import { loadSigningSecret, prepareDatabase, seedDemoComplaints, seedDemoFees } from './stack/demo';
import { seedDemoFrontDesk } from './stack/demo-front-desk';
import { seedDemoRepairs } from './stack/demo-repairs';
import { seedDemoDecorations } from './stack/demo-decoration';
import { seedDemoReleasePasses } from '../apps/api/src/release-passes/demo';
import { seedDemoCustody } from './stack/demo-custody';
import { seedDemoMoveIn } from './stack/demo-move-in';
import { startMailCatcher, type MailCatcher } from './stack/mail-catcher';
import { isListening } from './stack/ports';
import { Supervised } from './stack/supervised';
import { waitForTemporal } from './stack/temporal';
import { launchTemporal, TEMPORAL_SHAPES, type LaunchedTemporal, type TemporalShape } from './stack/temporal-launch';

const ROOT = path.resolve(__dirname, '..');
const DATA = path.join(ROOT, '.data');
const TEMPORAL_PORT = 7233;
const TEMPORAL_UI_PORT = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const ADMIN_PORT = Number(process.env.ADMIN_PORT ?? 5173);
const MAIL_SMTP_PORT = 1025;
const MAIL_WEB_PORT = Number(process.env.MAIL_CATCHER_PORT ?? 1080);

const say = (message: string) => console.log(`[start] ${message}`);

class StartError extends Error {}

/** What to stop if start-up fails half-way. */
const cleanups: (() => Promise<void>)[] = [];

function run(command: string, args: string[], what: string) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new StartError(`${what} failed (exit ${result.status}); see the output above.`);
}

/** The JavaScript file behind a package's command (`vite`, `tsc`), run with this Node. */
function binOf(pkg: string, command = pkg): string {
  const manifest = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
  const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[command]);
}

/** `--temporal=server` (or TEMPORAL_SHAPE=server): the Temporal server on PostgreSQL; the dev server otherwise. */
function temporalShape(): TemporalShape {
  const flag = process.argv.find((a) => a.startsWith('--temporal='))?.slice('--temporal='.length);
  const shape = flag ?? process.env.TEMPORAL_SHAPE ?? 'dev';
  if (!TEMPORAL_SHAPES.includes(shape as TemporalShape)) throw new StartError(`Unknown Temporal shape "${shape}": use --temporal=dev (the default) or --temporal=server.`);
  return shape as TemporalShape;
}

/** How many worker processes poll the task queue (WORKERS, 1 unless told otherwise). */
function workerCount(): number {
  const n = Number(process.env.WORKERS ?? 1);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new StartError(`WORKERS=${process.env.WORKERS} is not a number of worker processes from 1 to 16.`);
  return n;
}

async function prepareTemporal(databaseUrl: string): Promise<{ address: string; server?: LaunchedTemporal }> {
  const given = process.env.TEMPORAL_ADDRESS;
  if (given) {
    try {
      await waitForTemporal(given, 10_000);
    } catch {
      throw new StartError(`The Temporal server at TEMPORAL_ADDRESS=${given} is not reachable: start it, or unset TEMPORAL_ADDRESS to run the embedded dev server.`);
    }
    say(`Using the Temporal server at ${given}.`);
    return { address: given };
  }
  if (await isListening('127.0.0.1', TEMPORAL_PORT)) {
    throw new StartError(
      `Port ${TEMPORAL_PORT} is already in use: stop what listens there, or set TEMPORAL_ADDRESS=127.0.0.1:${TEMPORAL_PORT} if it is a Temporal server.`,
    );
  }
  const shape = temporalShape();
  say(shape === 'server' ? 'Starting the Temporal server on PostgreSQL...' : 'Starting the Temporal dev server...');
  // The server on PostgreSQL keeps its state in databases beside the product's (`<database>_temporal`, `..._visibility`).
  const product = new URL(databaseUrl);
  const database = `${decodeURIComponent(product.pathname.slice(1))}_temporal`;
  product.pathname = '/';
  const server = await launchTemporal({
    shape,
    port: TEMPORAL_PORT,
    uiPort: TEMPORAL_UI_PORT,
    dataDir: shape === 'server' ? path.join(DATA, 'temporal-server') : DATA,
    postgresUrl: product.href.replace(/\/$/, ''),
    database,
    log: say,
  });
  return { address: server.address, server };
}

/** Outgoing e-mail: to SMTP_URL when set, otherwise to a local mail catcher with a web inbox. */
async function prepareMail(): Promise<{ smtpUrl: string; catcher?: MailCatcher }> {
  if (process.env.SMTP_URL) return { smtpUrl: process.env.SMTP_URL };
  for (const port of [MAIL_SMTP_PORT, MAIL_WEB_PORT]) {
    if (await isListening('127.0.0.1', port)) {
      throw new StartError(`Port ${port} is already in use: stop what listens there, or set SMTP_URL to your own SMTP server.`);
    }
  }
  const catcher = await startMailCatcher(MAIL_SMTP_PORT, MAIL_WEB_PORT);
  return { smtpUrl: catcher.smtpUrl, catcher };
}

async function waitForHealth(url: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      last = await res.json();
      if (res.ok) return last as Record<string, unknown>;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new StartError(`The product did not become healthy within ${timeoutMs / 1000}s: ${JSON.stringify(last)}`);
}

async function main() {
  // No signing secret is written in the source: one is made on first start and kept in .data/ (JWT_SECRET overrides it).
  process.env.JWT_SECRET ??= loadSigningSecret(DATA);
  let config: AppConfig;
  try {
    config = loadConfig();
    checkSigningSecret(config.JWT_SECRET);
  } catch (error) {
    throw new StartError((error as ConfigError).message);
  }
  const credentials = await prepareDatabase(config.DATABASE_URL, DATA, say);
  const temporal = await prepareTemporal(config.DATABASE_URL);
  if (temporal.server) cleanups.push(() => temporal.server!.stop());
  const mail = await prepareMail();
  if (mail.catcher) cleanups.push(() => mail.catcher!.stop());

  say('Building the API, the worker and the back office...');
  run(process.execPath, [binOf('typescript', 'tsc'), '-p', 'tsconfig.build.json'], 'Building the server code');
  run(process.execPath, [binOf('vite'), 'build', '--config', 'apps/admin/vite.config.mts', '--logLevel', 'warn'], 'Building the back office');

  // The API listens on API_HOST (127.0.0.1 unless told otherwise); the back office's proxy and the demo seeding reach it there.
  const apiHost = ['0.0.0.0', '::'].includes(config.API_HOST) ? '127.0.0.1' : config.API_HOST;
  const apiUrl = `http://${apiHost.includes(':') ? `[${apiHost}]` : apiHost}:${config.API_PORT}`;
  const env = {
    ...process.env,
    TEMPORAL_ADDRESS: temporal.address,
    DATABASE_URL: config.DATABASE_URL,
    SMTP_URL: mail.smtpUrl,
    // The notices of new work link to the task in this back office.
    BACK_OFFICE_URL: process.env.BACK_OFFICE_URL ?? `http://127.0.0.1:${ADMIN_PORT}`,
  };
  const workers = workerCount();
  const child = (name: string, args: string[], childEnv: NodeJS.ProcessEnv = env) => new Supervised(name, process.execPath, args, { cwd: ROOT, env: childEnv, say });
  const children = [
    child('API', ['dist/apps/api/src/main.js']),
    ...Array.from({ length: workers }, (_, i) => child(workers > 1 ? `Worker ${i + 1}` : 'Worker', ['dist/apps/worker/src/main.js'])),
    child('Back office', [binOf('vite'), 'preview', '--config', 'apps/admin/vite.config.mts', '--strictPort'], { ...env, API_URL: apiUrl, ADMIN_PORT: String(ADMIN_PORT) }),
  ];

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say(`${signal}: stopping...`);
    await Promise.all(children.map((c) => c.stop()));
    await temporal.server?.stop();
    await mail.catcher?.stop();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  children.forEach((c) => c.start());
  cleanups.push(...children.map((c) => () => c.stop()));
  await waitForHealth(`${apiUrl}/health`, 120_000);
  await seedDemoComplaints(apiUrl, credentials, config.DATABASE_URL, say);
  await seedDemoFees(apiUrl, credentials, config.DATABASE_URL, say);
  await seedDemoRepairs(apiUrl, credentials, config.DATABASE_URL, say);
  await seedDemoReleasePasses(apiUrl, credentials, config.DATABASE_URL, say);
  await seedDemoDecorations(apiUrl, credentials, config.DATABASE_URL, say);
  await seedDemoCustody(apiUrl, credentials, config.DATABASE_URL, say);
  await seedDemoMoveIn(apiUrl, credentials, config.DATABASE_URL, say);
  await seedDemoFrontDesk(apiUrl, credentials, config.DATABASE_URL, say);

  const lines = [
    '',
    'Estate Desk is running:',
    `  Back office        http://127.0.0.1:${ADMIN_PORT}`,
    `  API                ${apiUrl}`,
    `  API docs (OpenAPI) ${apiUrl}/api/docs`,
    `  Health             ${apiUrl}/health`,
    temporal.server?.uiUrl ? `  Temporal Web UI    ${temporal.server.uiUrl}` : `  Temporal server    ${temporal.address}${temporal.server?.shape === 'server' ? ' (on PostgreSQL)' : ''}`,
    `  Workers            ${workers} on the task queue ${config.TEMPORAL_TASK_QUEUE}`,
    mail.catcher ? `  Mail catcher       ${mail.catcher.webUrl}  (SMTP ${mail.catcher.smtpUrl})` : `  Outgoing mail      ${mail.smtpUrl}`,
    '',
    'Demo accounts (username / password):',
    ...DEMO_STAFF.map((s) => `  ${s.username.padEnd(Math.max(...DEMO_STAFF.map((d) => d.username.length)))} ${credentials[s.username].padEnd(14)} ${s.role}`),
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch(async (error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await Promise.all(cleanups.map((stop) => stop().catch(() => undefined)));
  process.exit(1);
});
