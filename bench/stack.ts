import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, bundleWorkflowCode } from '@temporalio/worker';
import { loadConfig } from '../apps/common/config';
import { outboxChannels } from '../apps/worker/src/activities';
import { createStarter } from '../apps/worker/src/starter';
import { createWorker } from '../apps/worker/src/worker';
import { createPrismaClient, type PrismaClient } from '../prisma/client';
import { dropDatabase, ensureDatabase, migrate } from '../scripts/stack/postgres';
import { freePort } from '../scripts/stack/ports';
import { startTemporalDevServer } from '../scripts/stack/temporal';

export interface BenchStack {
  prisma: PrismaClient;
  client: Client;
  taskQueue: string;
  /** Stops the worker and the dev server, and drops the database. */
  stop(): Promise<void>;
}

/**
 * What a benchmark runs on: a throw-away database, its own Temporal dev server (or TEMPORAL_ADDRESS), and
 * one worker in this process on the given workflows, like production's single-worker set-up.
 */
export async function benchStack(workflowsPath: string, poolSize = 10): Promise<BenchStack> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const server = process.env.TEST_DATABASE_SERVER ?? 'postgresql://postgres@127.0.0.1:5432';
  const databaseUrl = `${server}/estate_desk_bench_${randomBytes(3).toString('hex')}`;
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
  const temporal = process.env.TEMPORAL_ADDRESS
    ? { address: process.env.TEMPORAL_ADDRESS, stop: async () => undefined }
    : await startTemporalDevServer({ port: await freePort(), log: console.log });
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
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
      await clientConnection.close();
      await prisma.$disconnect();
      await temporal.stop();
      await dropDatabase(databaseUrl);
    },
  };
}
