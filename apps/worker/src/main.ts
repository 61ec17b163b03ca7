import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import { createPrismaClient } from '../../../prisma/client';
import { ConfigError, loadConfig } from '../../common/config';
import { createLogger } from '../../common/logger';
import { outboxChannels } from './activities';
import { createStarter } from './starter';
import { createWorker } from './worker';

const PINO_LEVEL: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

async function main() {
  const log = createLogger('worker');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    log.fatal((error as ConfigError).message);
    process.exit(2);
  }
  log.level = config.LOG_LEVEL;
  Runtime.install({
    logger: new DefaultLogger('INFO', ({ level, message, meta }) => log[PINO_LEVEL[level]](meta ?? {}, message)),
  });

  let connection: NativeConnection;
  try {
    connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  } catch (error) {
    log.fatal(
      `The Temporal server at ${config.TEMPORAL_ADDRESS} is not reachable (${(error as Error).message}): start it, or set TEMPORAL_ADDRESS.`,
    );
    process.exit(1);
  }
  const prisma = createPrismaClient(config.DATABASE_URL);
  const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const client = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
  const worker = await createWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    prisma,
    ...(config.WORKFLOW_BUNDLE_PATH ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH } } : {}),
    ...outboxChannels(config),
    starter: createStarter(client, config.TEMPORAL_TASK_QUEUE, {
      maximumAttempts: config.DELIVERY_MAX_ATTEMPTS,
      initialIntervalMs: config.DELIVERY_FIRST_RETRY_MS,
    }),
  });
  log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE }, 'Worker polling');
  // Runs until SIGINT/SIGTERM, then finishes the tasks in hand and stops.
  await worker.run();
  await prisma.$disconnect();
  await connection.close();
  await clientConnection.close();
  log.info('Worker stopped');
}

main().catch((error) => {
  createLogger('worker').fatal({ err: error }, 'The worker failed');
  process.exit(1);
});
