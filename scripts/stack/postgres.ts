import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(__dirname, '..', '..');

function describe(url: string): { database: string; server: string; adminUrl: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error(`DATABASE_URL (${url}) names no database: add one, e.g. /estate_desk.`);
  const server = `${parsed.hostname}:${parsed.port || 5432}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return { database, server, adminUrl: admin.toString() };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client, database: string) => Promise<T>): Promise<T> {
  const { database, server, adminUrl } = describe(url);
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${server} is not reachable (${(error as Error).message}): start it, or set DATABASE_URL to a server you can reach.`,
    );
  }
  try {
    return await fn(client, database);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the database named by the URL when it does not exist yet. Returns true when it was created. */
export function ensureDatabase(url: string): Promise<boolean> {
  return withAdmin(url, async (client, database) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
    return true;
  });
}

export function dropDatabase(url: string): Promise<void> {
  return withAdmin(url, async (client, database) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  });
}

/** Applies the committed migrations (prisma migrate deploy, on the offline WASM schema engine). */
export function migrate(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const prismaCli = require.resolve('prisma/build/index.js', { paths: [ROOT] });
    const child = spawn(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Applying the database migrations failed:\n${output.trim()}`)),
    );
  });
}
