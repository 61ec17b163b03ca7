import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The CJK font that `npm install` brings (Noto Sans SC Regular, SIL Open Font License, from the
 * @expo-google-fonts/noto-sans-sc package): every letter, receipt, notice and bundle embeds it unless
 * LETTER_FONT_PATH names another, so PDFs print on a machine with no fonts installed.
 */
export function packagedLetterFont(): string {
  const file = path.join('400Regular', 'NotoSansSC_400Regular.ttf');
  try {
    return path.join(path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json')), file);
  } catch {
    return path.join('node_modules', '@expo-google-fonts', 'noto-sans-sc', file);
  }
}

/** Whether a font file is a collection (.ttc/.otc), whose face must then be named. */
function isFontCollection(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const magic = Buffer.alloc(4);
    fs.readSync(fd, magic, 0, 4, 0);
    return magic.toString('latin1') === 'ttcf';
  } finally {
    fs.closeSync(fd);
  }
}

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
  /** The font embedded in every PDF: a .ttf/.otf file, or a .ttc/.otc collection with LETTER_FONT_FAMILY naming the face. */
  LETTER_FONT_PATH: z.string().min(1).default(packagedLetterFont),
  LETTER_FONT_FAMILY: z.string().min(1).optional(),
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
  if (!fs.existsSync(config.LETTER_FONT_PATH) || !fs.statSync(config.LETTER_FONT_PATH).isFile()) {
    throw new ConfigError(
      `Invalid configuration: LETTER_FONT_PATH: no font file at ${config.LETTER_FONT_PATH}; run npm install (it brings the packaged Noto Sans SC) or point it at a .ttf, .otf or .ttc file.`,
    );
  }
  if (!isFontCollection(config.LETTER_FONT_PATH)) {
    // A single font has one face: a family left over from a collection (the old default) must not select one.
    config.LETTER_FONT_FAMILY = undefined;
  } else if (!config.LETTER_FONT_FAMILY) {
    throw new ConfigError(
      `Invalid configuration: LETTER_FONT_FAMILY must name the face to embed from the font collection ${config.LETTER_FONT_PATH} (e.g. NotoSansCJKsc-Regular).`,
    );
  }
  return config;
}
