import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, DefaultLogger, type Worker } from '@temporalio/worker';
import { createApi } from '../../apps/api/src/app';
import { loadConfig, type AppConfig } from '../../apps/common/config';
import { outboxChannels, type ActivityDeps } from '../../apps/worker/src/activities';
import { createStarter } from '../../apps/worker/src/starter';
import { createWorker } from '../../apps/worker/src/worker';
import { createPrismaClient, type PrismaClient } from '../../prisma/client';
import { DEMO_STAFF, seedStaff } from '../../prisma/seed';
import { ensureDatabase, migrate } from '../../scripts/stack/postgres';

/** A name no other test uses, for task queues, buildings and the like. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

let runtimeInstalled = false;
function quietRuntime() {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

export function testConfig(overrides: Partial<Record<keyof AppConfig, string>> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}

/**
 * A database of a suite's own beside the run's shared one (`<DATABASE_URL>_<suffix>`), migrated. Its ids start
 * far from the shared database's: workflow ids are business keys (`custody-<case>`, `message-<id>`) on the run's
 * one Temporal server, so the two databases' cases never start, signal or take over each other's workflows.
 */
export async function separateDatabase(suffix: string): Promise<string> {
  const url = `${process.env.DATABASE_URL}_${suffix}`;
  await ensureDatabase(url);
  await migrate(url);
  const prisma = createPrismaClient(url, 1);
  try {
    const base = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
    const sequences = await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT sequence_name::text AS name FROM information_schema.sequences WHERE sequence_schema = 'public'`);
    for (const { name } of sequences) await prisma.$executeRawUnsafe(`ALTER SEQUENCE "${name.replace(/"/g, '""')}" RESTART WITH ${base}`);
  } finally {
    await prisma.$disconnect();
  }
  return url;
}

export function testPrisma(): PrismaClient {
  return createPrismaClient(process.env.DATABASE_URL!, 4);
}

export interface RunningWorker {
  worker: Worker;
  taskQueue: string;
  stop(): Promise<void>;
}

/**
 * A real worker on the shared dev server, polling its own task queue. Its outbox channels come from
 * the configuration (with `overrides`), or are given outright.
 */
export async function startWorker(
  prisma: PrismaClient,
  taskQueue = unique('tq'),
  channels: Partial<Pick<ActivityDeps, 'mailer' | 'sms' | 'letters'>> = {},
  overrides: Partial<Record<keyof AppConfig, string>> = {},
): Promise<RunningWorker> {
  quietRuntime();
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const clientConnection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const config = testConfig(overrides);
  const worker = await createWorker({
    connection,
    namespace: 'default',
    taskQueue,
    prisma,
    ...outboxChannels(config),
    ...channels,
    starter: createStarter(new Client({ connection: clientConnection }), taskQueue, {
      maximumAttempts: config.DELIVERY_MAX_ATTEMPTS,
      initialIntervalMs: config.DELIVERY_FIRST_RETRY_MS,
    }),
    workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
  });
  const running = worker.run();
  return {
    worker,
    taskQueue,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await connection.close();
      await clientConnection.close();
    },
  };
}

export async function temporalClient(): Promise<{ client: Client; close(): Promise<void> }> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  return { client: new Client({ connection }), close: () => connection.close() };
}

export interface RunningApi {
  app: INestApplication;
  url: string;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real API on a free port, against the test database and dev server. */
export async function startApi(overrides: Partial<Record<keyof AppConfig, string>> = {}): Promise<RunningApi> {
  // Tests create the fee schedules when they need them, on their own task queue.
  const config = testConfig({ FEE_SCHEDULES: 'off', ...overrides });
  const app = await createApi(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, config, close: () => app.close() };
}

/** The demo staff accounts with passwords known to this run. */
export async function seedTestStaff(prisma: PrismaClient): Promise<Record<string, string>> {
  const credentials = Object.fromEntries(DEMO_STAFF.map((s) => [s.username, `pw-${s.username}-${randomBytes(4).toString('hex')}`]));
  await seedStaff(prisma, credentials);
  return credentials;
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** A small HTTP client that carries a token. */
export function http(url: string, token?: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, headers: res.headers, body: json as any };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
    put: (path: string, body?: unknown) => call('PUT', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}

/** `?sort=...&range=...&filter=...` the way ra-data-simple-rest writes it. */
export function listQuery(params: { sort?: [string, string]; range?: [number, number]; filter?: object }): string {
  const q = new URLSearchParams();
  if (params.sort) q.set('sort', JSON.stringify(params.sort));
  if (params.range) q.set('range', JSON.stringify(params.range));
  if (params.filter) q.set('filter', JSON.stringify(params.filter));
  return `?${q.toString()}`;
}

/** Polls until `check` returns a value (not undefined/false) or the time is up. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
