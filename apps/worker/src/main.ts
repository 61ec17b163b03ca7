import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import { createPrismaClient } from '../../../prisma/client';
import { ConfigError, loadConfig } from '../../common/config';
import { createLogger } from '../../common/logger';
import { outboxChannels } from './activities';
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
  const worker = await createWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    prisma,
    ...outboxChannels(config),
  });
  log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE }, 'Worker polling');
  // Runs until SIGINT/SIGTERM, then finishes the tasks in hand and stops.
  await worker.run();
  await prisma.$disconnect();
  await connection.close();
  log.info('Worker stopped');
}

main().catch((error) => {
  createLogger('worker').fatal({ err: error }, 'The worker failed');
  process.exit(1);
});
