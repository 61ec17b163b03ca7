import 'reflect-metadata';
import cluster from 'node:cluster';
import type { LoggerService } from '@nestjs/common';
import { checkSigningSecret, ConfigError, loadConfig } from '../../common/config';
import { createLogger } from '../../common/logger';
import { createApi } from './app';

async function main() {
  const log = createLogger('api');
  let config;
  try {
    config = loadConfig();
    // No default in the source: a missing, short or published secret stops the API in every mode.
    checkSigningSecret(config.JWT_SECRET);
  } catch (error) {
    log.fatal((error as ConfigError).message);
    process.exit(2);
  }
  log.level = config.LOG_LEVEL;
  if (cluster.isPrimary && config.API_PROCESSES > 1) return runProcesses(config.API_PROCESSES, log);
  const nestLogger: LoggerService = {
    log: (message, context) => log.info({ context }, String(message)),
    error: (message, trace, context) => log.error({ context, trace }, String(message)),
    warn: (message, context) => log.warn({ context }, String(message)),
    debug: (message, context) => log.debug({ context }, String(message)),
    verbose: (message, context) => log.trace({ context }, String(message)),
  };
  const app = await createApi(config, nestLogger);
  await app.listen(config.API_PORT, config.API_HOST);
  log.info({ port: config.API_PORT }, `API listening on http://${config.API_HOST}:${config.API_PORT}`);
  if (!['127.0.0.1', '::1', 'localhost'].includes(config.API_HOST)) {
    log.warn(`API_HOST=${config.API_HOST}: the API is reachable from other machines; put it behind TLS.`);
  }
}

/**
 * API_PROCESSES > 1: this process forks that many API processes on the same port and keeps them running
 * (one that dies is forked again); SIGTERM and SIGINT stop them all.
 */
function runProcesses(count: number, log: ReturnType<typeof createLogger>): void {
  let stopping = false;
  const fork = () => {
    const child = cluster.fork();
    child.once('exit', (code, signal) => {
      if (stopping) return;
      log.warn({ pid: child.process.pid, code, signal }, 'An API process exited; starting another');
      setTimeout(fork, 1000);
    });
  };
  for (let i = 0; i < count; i++) fork();
  log.info({ processes: count }, 'API processes started');
  const stop = () => {
    stopping = true;
    for (const child of Object.values(cluster.workers ?? {})) child?.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  createLogger('api').fatal({ err: error }, 'The API failed to start');
  process.exit(1);
});
