import pino, { type Logger } from 'pino';

/** One JSON line per event on stdout, for the API and the worker alike. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
