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
  /** Loopback unless told otherwise: the API is reached through the back office's proxy on the same machine. */
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** API processes sharing API_PORT (Node's cluster: the first one hands out the connections); each one is stateless. */
  API_PROCESSES: z.coerce.number().int().min(1).max(32).default(1),
  /** A workflow bundle built beforehand (`bundleWorkflowCode`); without it each worker bundles workflows/ when it starts. */
  WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
  /**
   * Signing secret of the access tokens: no default in the source. `npm start` makes a random one once and keeps it in
   * `.data/`; the API refuses to start without one, or with a short or known one (checkSigningSecret).
   */
  JWT_SECRET: z.string().optional(),
  /** Life of an access token; the back office renews it with its refresh token before it runs out. */
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(15 * 60),
  /** Life of a sign-in (its refresh token): after it, staff sign in again. */
  SESSION_TTL_SECONDS: z.coerce.number().int().min(60).default(12 * 3600),
  /** Sign-in lockout: failures for one account, and from one client address, within LOGIN_LOCK_SECONDS lock it for that long. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  LOGIN_LOCK_SECONDS: z.coerce.number().int().min(1).default(15 * 60),
  /** The pause before a failed sign-in is answered (grows with the account's recent failures, up to 4 times). */
  LOGIN_FAILURE_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(500),
  /** Origins allowed to call the API from a browser (comma-separated); none by default (the back office calls it through its own proxy). */
  CORS_ORIGINS: z.string().default(''),
  DOCUMENT_MAX_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('"Estate Desk 客服中心" <service@estate-desk.local>'),
  SMS_PROVIDER: z.enum(['record', 'http']).default('record'),
  SMS_HTTP_URL: z.string().url().optional(),
  SMS_HTTP_TOKEN: z.string().optional(),
  /** The font embedded in every PDF: a .ttf/.otf file, or a .ttc/.otc collection with LETTER_FONT_FAMILY naming the face. */
  LETTER_FONT_PATH: z.string().min(1).default(packagedLetterFont),
  LETTER_FONT_FAMILY: z.string().min(1).optional(),
  /** Where staff open the back office: the notices of new work link to the task there. */
  BACK_OFFICE_URL: z.string().regex(/^https?:\/\/[^\s]+$/, 'must be the http(s) address of the back office').default('http://127.0.0.1:5173'),
  /** Retries of a message delivery: attempts, and the first pause in ms (doubling each time). */
  DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  DELIVERY_FIRST_RETRY_MS: z.coerce.number().int().min(100).default(30_000),
  /** Whether the API creates the billing and arrears Temporal Schedules at start (they fire monthly and daily). */
  FEE_SCHEDULES: z.enum(['on', 'off']).default('on').transform((v) => v === 'on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AppConfig = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Secrets that have been written in this product's sources, samples and docs, and the usual placeholders. */
const KNOWN_SECRETS = [
  'estate-desk-development-secret',
  'change-me-to-a-long-random-secret',
  'a-real-secret-of-some-length',
  'changeme',
  'change-me',
  'secret',
  'jwt-secret',
  'your-secret',
  'your-256-bit-secret',
  'supersecret',
];
export const MIN_SECRET_LENGTH = 32;

/**
 * Refuses a signing secret that anyone could know or guess, in every mode: at least 32 characters, not one
 * written anywhere in the sources or docs, not a short pattern repeated.
 */
export function checkSigningSecret(secret: string | undefined): string {
  if (!secret) {
    throw new ConfigError('Invalid configuration: JWT_SECRET must be set: a random value of at least 32 characters (npm start makes one in .data/).');
  }
  const folded = secret.trim().toLowerCase();
  if (KNOWN_SECRETS.some((known) => folded.includes(known))) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is a published example value: set a random one (e.g. openssl rand -base64 48).');
  }
  if (secret.length < MIN_SECRET_LENGTH || new Set(secret).size < 10) {
    throw new ConfigError(`Invalid configuration: JWT_SECRET is too short or too simple: use a random value of at least ${MIN_SECRET_LENGTH} characters.`);
  }
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const config = result.data;
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET must be set in production.');
  }
  if (config.JWT_SECRET !== undefined) checkSigningSecret(config.JWT_SECRET);
  if (config.CORS_ORIGINS.split(',').some((o) => o.trim() === '*' || o.trim() === 'null')) {
    throw new ConfigError('Invalid configuration: CORS_ORIGINS lists the origins allowed (https://desk.example.com,...): not * and not null.');
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
