import 'reflect-metadata';
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

main().catch((error) => {
  createLogger('api').fatal({ err: error }, 'The API failed to start');
  process.exit(1);
});
