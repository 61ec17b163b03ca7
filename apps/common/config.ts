import { z } from 'zod';

/**
 * Every setting of the API and the worker, read from the environment and checked at boot.
 * The defaults run the whole product on one machine (`npm start`).
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL')
    .default('postgresql://postgres@127.0.0.1:5432/estate_desk'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('estate-desk'),
  API_HOST: z.string().min(1).default('0.0.0.0'),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default('estate-desk-development-secret'),
  TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(12 * 3600),
  CORS_ORIGINS: z.string().default('*'),
  DOCUMENT_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('"Estate Desk 客服中心" <service@estate-desk.local>'),
  SMS_PROVIDER: z.enum(['record', 'http']).default('record'),
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_TOKEN: z.string().optional(),
  LETTER_FONT_PATH: z.string().default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  LETTER_FONT_FAMILY: z.string().default('NotoSansCJKsc-Regular'),
  /** Retries of a message delivery: attempts, and the first pause in ms (doubling each time). */
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  DELIVERY_FIRST_RETRY_MS: z.coerce.number().int().min(100).default(30_000),
  /** Whether the API creates the billing and arrears Temporal Schedules at start (they fire monthly and daily). */
  FEE_SCHEDULES: z.enum(['on', 'off']).default('on').transform((v) => v === 'on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const config = result.data;
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === schema.shape.JWT_SECRET.parse(undefined)) {
    throw new ConfigError('Invalid configuration: JWT_SECRET must be set in production.');
  }
  if (config.SMS_PROVIDER === 'http' && !config.SMS_HTTP_URL) {
    throw new ConfigError('Invalid configuration: SMS_HTTP_URL is required when SMS_PROVIDER=http.');
  }
  return config;
}
