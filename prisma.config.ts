import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

/**
 * Workaround for prisma/orm#27403: the pg driver adapter cannot decode the
 * PostgreSQL catalog types (`name`, `char`, `oid`, `regproc`, ...) that the
 * schema engine reads while migrating. Reporting those columns as `text`
 * (OID 25) lets `prisma migrate` run on the WASM schema engine, offline.
 * Only the CLI uses this client; the application uses the plain adapter.
 */
const CATALOG_TYPE_OIDS = new Set([18, 19, 22, 24, 26, 28, 29, 30, 194, 1033, 2205, 2206]);
const TEXT_OID = 25;

function asText(result: pg.QueryResult | pg.QueryResult[] | undefined) {
  for (const r of Array.isArray(result) ? result : result ? [result] : []) {
    for (const field of r.fields ?? []) {
      if (CATALOG_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      // pg.Pool calls query(config, values?, callback)
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => last(err, asText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    return ret instanceof Promise ? ret.then(asText) : ret;
  }
}

// The schema's datasource reads DATABASE_URL; `prisma generate` needs no database but must resolve it.
process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/estate_desk';
const connectionString = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => new PrismaPg(new pg.Pool({ connectionString, Client: CatalogAsTextClient })),
});
