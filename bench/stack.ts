import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, bundleWorkflowCode } from '@temporalio/worker';
import { loadConfig } from '../apps/common/config';
import { outboxChannels } from '../apps/worker/src/activities';
import { createStarter } from '../apps/worker/src/starter';
import { createWorker } from '../apps/worker/src/worker';
import { createPrismaClient, type PrismaClient } from '../prisma/client';
import { dropDatabase, ensureDatabase, migrate } from '../scripts/stack/postgres';
import { freePort } from '../scripts/stack/ports';
import { launchTemporal, type TemporalShape } from '../scripts/stack/temporal-launch';

export interface BenchStack {
  prisma: PrismaClient;
  client: Client;
  taskQueue: string;
  databaseUrl: string;
  temporalAddress: string;
  /** Stops the worker and the dev server, and drops the database. */
  stop(): Promise<void>;
}

const SHAPE_NAMES: Record<string, string> = {
  dev: 'the dev server on SQLite',
  server: 'the Temporal server on PostgreSQL',
  given: 'the server at TEMPORAL_ADDRESS',
};

/** TEMPORAL_SHAPE=server: the server on PostgreSQL on throw-away databases; the dev server otherwise. */
async function benchTemporal(postgres: string) {
  const shape = (process.env.TEMPORAL_SHAPE ?? 'dev') as TemporalShape;
  const database = `estate_desk_bench_temporal_${randomBytes(3).toString('hex')}`;
  const running = await launchTemporal({ shape, port: await freePort(), postgresUrl: postgres, database, dataDir: path.join(os.tmpdir(), database), log: console.log, quiet: true });
  return {
    ...running,
    async drop() {
      if (shape !== 'server') return;
      await dropDatabase(`${postgres}/${database}`);
      await dropDatabase(`${postgres}/${database}_visibility`);
    },
  };
}

/**
 * What a benchmark runs on: a throw-away database, its own Temporal server (the dev server, or with
 * TEMPORAL_SHAPE=server the server on PostgreSQL; or TEMPORAL_ADDRESS), and one worker in this process on the
 * given workflows.
 */
export async function benchStack(workflowsPath: string, poolSize = 10): Promise<BenchStack> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const server = process.env.TEST_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432';
  const databaseUrl = `${server}/estate_desk_bench_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
  const temporal = process.env.TEMPORAL_ADDRESS
    ? { address: process.env.TEMPORAL_ADDRESS, shape: 'given', stop: async () => undefined, drop: async () => undefined }
    : await benchTemporal(server);
  console.log(`Temporal: ${SHAPE_NAMES[temporal.shape]} (${temporal.address})`);
  const prisma = createPrismaClient(databaseUrl, poolSize);
  const taskQueue = `bench-${randomBytes(3).toString('hex')}`;
  const connection = await NativeConnection.connect({ address: temporal.address });
  const clientConnection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection: clientConnection });
  const worker = await createWorker({
    connection,
    namespace: 'default',
    taskQueue,
    prisma,
    ...outboxChannels(loadConfig({ DATABASE_URL: databaseUrl })),
    starter: createStarter(client, taskQueue, { maximumAttempts: 3, initialIntervalMs: 1000 }),
    workflowBundle: await bundleWorkflowCode({ workflowsPath }),
  });
  const running = worker.run();
  return {
    prisma,
    client,
    taskQueue,
    databaseUrl,
    temporalAddress: temporal.address,
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
      await clientConnection.close();
      await prisma.$disconnect();
      await temporal.stop();
      await temporal.drop();
      await dropDatabase(databaseUrl);
    },
  };
}

const ROOT = path.resolve(__dirname, '..');

/**
 * The API as it runs in production: built with tsc (Nest needs the decorator metadata tsx leaves out), one
 * Node process (or API_PROCESSES) on a free port, with the given settings. Returns its URL and a stop.
 */
export async function builtApi(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  const port = await freePort();
  const api = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, API_PORT: String(port), API_HOST: '127.0.0.1', FEE_SCHEDULES: 'off', JWT_SECRET: randomBytes(32).toString('base64'), LOG_LEVEL: 'error', ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (await fetch(`${url}/health`).then(() => true, () => false)) break;
    if (i > 600 || api.exitCode !== null) throw new Error('the API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise<void>((resolve) => api.once('exit', () => resolve()));
  return {
    url,
    async stop() {
      api.kill('SIGTERM');
      await exited;
    },
  };
}
