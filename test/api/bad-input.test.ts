import { randomBytes } from 'node:crypto';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { createApi } from '../../apps/api/src/app';
import { createPrismaClient, type PrismaClient } from '../../prisma/client';
import { dropDatabase } from '../../scripts/stack/postgres';
import { login, seedTestStaff, separateDatabase, testConfig, unique } from '../harness';

/**
 * The bad-input sweep: every endpoint the API documents (its OpenAPI document, so a new endpoint is
 * covered without being listed here) is sent the inputs that once answered 500 and more of the kind:
 * NUL bytes and lone surrogates, ids beyond PostgreSQL's int4, prototype keys, deep nesting, numbers
 * at the edges of a double, impossible dates, huge strings. Every answer must be a 4xx (or a success):
 * none may be a 5xx. A refused write must leave the database as it was.
 *
 * No worker runs: a workflow a request starts stays queued, so nothing but the requests writes rows
 * and the row counts can be compared.
 */

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
}

interface Operation {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Answer {
  status: number;
  text: string;
}

const DEPTH = 10_000;
const deepObject = (depth = DEPTH) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const deepArray = (depth = DEPTH) => '['.repeat(depth) + ']'.repeat(depth);

/** Bad values as raw JSON text (so that lone surrogates and `__proto__` keys survive). */
const BAD_JSON_VALUES: [string, string][] = [
  ['NUL byte', '"a\\u0000b"'],
  ['lone NUL', '"\\u0000"'],
  ['lone high surrogate', '"a\\ud800b"'],
  ['lone low surrogate', '"\\udc00"'],
  ['int4 + 1', '2147483648'],
  ['int4 - 1 below', '-2147483649'],
  ['20 digits', '99999999999999999999'],
  ['20 digits as text', '"99999999999999999999"'],
  ['-1', '-1'],
  ['tiny', '1e-7'],
  ['tiny text', '"1e-7"'],
  ['huge double', '1e308'],
  ['huge text', '"1e308"'],
  ['negative zero', '-0'],
  ['fraction', '0.1'],
  ['date 9999-99-99', '"9999-99-99"'],
  ['date 2026-02-30', '"2026-02-30"'],
  ['date-time 2026-02-30', '"2026-02-30T10:00:00Z"'],
  ['year 275760+', '"+275761-01-01"'],
  ['year 0', '"0000-01-01"'],
  ['far date', '"9999-12-31T23:59:59Z"'],
  ['huge string', JSON.stringify('x'.repeat(20_000))],
  ['huge multibyte string', JSON.stringify('汉'.repeat(20_000))],
  ['empty string', '""'],
  ['null', 'null'],
  ['true', 'true'],
  ['array', '[1,2]'],
  ['array of NUL', '["\\u0000"]'],
  ['array of huge ints', '[2147483648, 99999999999999999999]'],
  ['object', '{"a":1}'],
  ['__proto__ object', '{"__proto__":{"polluted":1}}'],
  ['constructor object', '{"constructor":{"prototype":{"polluted":1}}}'],
  ['deep object', deepObject()],
  ['deep array', deepArray()],
];

/** Bad values for the filter of a list, one filter key at a time. */
const BAD_FILTER_VALUES = BAD_JSON_VALUES.filter(([name]) => !name.startsWith('huge string') && !name.startsWith('huge multibyte')).concat([
  ['long string', JSON.stringify('x'.repeat(2_000))],
  ['huge day count', '1e20'],
  ['huge day count text', '"100000000"'],
]);

const BAD_IDS = ['2147483648', '99999999999999999999', '-1', '1e3', 'abc', '0x10', '1.5', '%00', '%ED%A0%80', '__proto__', 'constructor', '9'.repeat(400)];

/** Bad `sort` and `range` parameters, as raw JSON text. */
const BAD_SORTS = [
  '["__proto__","ASC"]',
  '["constructor","ASC"]',
  '["toString","ASC"]',
  '["hasOwnProperty","DESC"]',
  '["id","\\u0000"]',
  '["\\ud800","ASC"]',
  '["id",{"__proto__":1}]',
  '{"__proto__":["id","ASC"]}',
  '["id"]',
  deepArray(),
];
const BAD_RANGES = ['[0,1e308]', '[2147483648,2147483649]', '[0,99999999999999999999]', '[-1,5]', '[1e-7,1]', '[0,-0]', '["0","9"]', '{"__proto__":[0,1]}', deepArray()];
const BAD_FILTERS = ['{"__proto__":{"id":1}}', '{"constructor":1}', '{"toString":"x"}', '{"hasOwnProperty":1}', '[]', '"x"', '1e308', deepObject(), '{"\\u0000":1}', '{"\\ud800":1}'];

/** Query strings: encodeURIComponent refuses lone surrogates, so those are written as the bytes a client would send. */
const queryValue = (raw: string) => encodeURIComponent(raw.replace(/\\u0000/g, '\u0000').replace(/\\ud800/g, '@@HI@@').replace(/\\udc00/g, '@@LO@@'))
  .replace(/%40%40HI%40%40/g, '%ED%A0%80')
  .replace(/%40%40LO%40%40/g, '%ED%B0%80');

describe('bad input is refused with a 4xx, never a 5xx', () => {
  let prisma: PrismaClient;
  let databaseUrl: string | undefined;
  let api: { app: INestApplication; url: string; close(): Promise<void> };
  /** What the API logged as errors: the cause of a 5xx, printed with the offenders. */
  const logged: string[] = [];
  const quiet = () => undefined;
  const logger: LoggerService = { log: quiet, warn: quiet, debug: quiet, verbose: quiet, error: (message: unknown, ...rest: unknown[]) => void logged.push(`${String(message)} ${rest.map(String).join(' ')}`.slice(0, 1500)) };
  let token: string;
  let doc: OpenApi;
  const offenders: string[] = [];
  const unchanged: string[] = [];

  let credentials: Record<string, string>;
  const once = async (method: string, path: string, body?: string): Promise<Answer> => {
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body,
    });
    return { status: res.status, text: await res.text() };
  };
  /** As the admin; signed in again when a request before (a sign-out, a password change) ended the session. */
  const send = async (method: string, path: string, body?: string): Promise<Answer> => {
    const answer = await once(method, path, body);
    if (answer.status !== 401 || path.startsWith('/auth/')) return answer;
    token = await login(api.url, 'admin', credentials.admin);
    return once(method, path, body);
  };

  const statuses = new Map<number, number>();
  const check = (what: string, answer: Answer) => {
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500) offenders.push(`${what} -> ${answer.status} ${answer.text.slice(0, 300)}`);
    return answer;
  };

  /** Runs the calls a few at a time. */
  const inBatches = async (calls: (() => Promise<unknown>)[], width = 6) => {
    for (let i = 0; i < calls.length; i += width) await Promise.all(calls.slice(i, i + width).map((c) => c()));
  };

  let tables: string[] = [];
  const rowCounts = async (): Promise<Record<string, number>> => {
    const select = tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ');
    return (await prisma.$queryRawUnsafe<Record<string, number>[]>(`SELECT ${select}`))[0];
  };

  beforeAll(async () => {
    // A database of its own: what the sweep's accepted requests create (estates named like the demo's,
    // policy versions, sign-in failures that lock accounts) must not reach the other tests of the run.
    databaseUrl = await separateDatabase('sweep');
    prisma = createPrismaClient(databaseUrl, 4);
    credentials = await seedTestStaff(prisma);
    // No worker polls this queue: what a request starts waits, and writes nothing behind the test's back.
    const config = testConfig({ DATABASE_URL: databaseUrl, FEE_SCHEDULES: 'off', TEMPORAL_TASK_QUEUE: unique('bad-input'), JWT_SECRET: randomBytes(32).toString('base64') });
    const app = await createApi(config, logger);
    await app.listen(0, '127.0.0.1');
    api = { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`, close: () => app.close() };
    token = await login(api.url, 'admin', credentials.admin);
    doc = (await (await fetch(`${api.url}/api/docs-json`)).json()) as OpenApi;
    tables = (
      await prisma.$queryRaw<{ table_name: string }[]>`
        SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`
    ).map((r) => r.table_name);
  });

  afterAll(async () => {
    process.stderr.write(`answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`);
    if (offenders.length) process.stderr.write(`5xx answers:\n${offenders.join('\n')}\n\nlogged errors:\n${[...new Set(logged)].join('\n')}\n`);
    await api?.close();
    await prisma?.$disconnect();
    if (databaseUrl) await dropDatabase(databaseUrl);
  });

  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map(resolve));
    return schema;
  };

  /** A plausible value for a field, so that the one bad field is what the endpoint refuses. */
  const sample = (schema: Schema | undefined, name = ''): unknown => {
    const s = resolve(schema);
    if (s.example !== undefined) return s.example;
    if (s.enum?.length) return s.enum[0];
    switch (s.type) {
      case 'integer':
        return 1;
      case 'number':
        return 10;
      case 'boolean':
        return true;
      case 'array':
        return [sample(s.items)];
      case 'object':
        return s.properties ? Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sample(v, k)])) : {};
      default:
        if (s.format === 'date-time' || /At$/.test(name)) return '2026-06-01T10:00:00.000Z';
        if (s.format === 'date' || /Date$|^date$|^from$|^to$/.test(name)) return '2026-06-01';
        if (/period/i.test(name)) return '2026-06';
        if (/phone/i.test(name)) return '13800138000';
        return 'sweep value';
    }
  };

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
        .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );

  /** The path with each `{param}` set to 1 (or the given value for the first). */
  const fill = (path: string, value = '1') => path.replace(/\{[^}]+\}/g, value);

  it('the API documents its endpoints', () => {
    expect(operations().length).toBeGreaterThan(40);
  });

  it('list endpoints refuse bad filters, sorts and ranges with a 4xx', async () => {
    const lists = operations().filter(({ method, op }) => method === 'GET' && op.parameters?.some((p) => p.name === 'filter' && p.in === 'query'));
    expect(lists.length).toBeGreaterThan(15);
    const calls: (() => Promise<unknown>)[] = [];
    for (const { path } of lists) {
      const base = fill(path);
      // The known filter keys, from the answer to an unknown one.
      const probe = await send('GET', `${base}?filter=${encodeURIComponent('{"zz_unknown_zz":1}')}`);
      check(`GET ${base} unknown filter`, probe);
      const known = /unknown filter; known: ([^"]+?)(?:"|$|;)/.exec(probe.text)?.[1]?.split(', ').map((k) => k.trim()) ?? [];
      for (const key of new Set([...known, 'id', 'q'])) {
        for (const [name, raw] of BAD_FILTER_VALUES) {
          const filter = `{${JSON.stringify(key)}:${raw}}`;
          calls.push(async () => check(`GET ${base} filter.${key} = ${name}`, await send('GET', `${base}?filter=${encodeURIComponent(filter)}`)));
        }
      }
      for (const sort of BAD_SORTS) calls.push(async () => check(`GET ${base} sort=${sort.slice(0, 40)}`, await send('GET', `${base}?sort=${encodeURIComponent(sort)}`)));
      for (const range of BAD_RANGES) calls.push(async () => check(`GET ${base} range=${range.slice(0, 40)}`, await send('GET', `${base}?range=${encodeURIComponent(range)}`)));
      for (const filter of BAD_FILTERS) calls.push(async () => check(`GET ${base} filter=${filter.slice(0, 40)}`, await send('GET', `${base}?filter=${encodeURIComponent(filter)}`)));
      calls.push(async () => check(`GET ${base} raw NUL filter`, await send('GET', `${base}?filter=%7B%22q%22%3A%22%00%22%7D`)));
      calls.push(async () => check(`GET ${base} raw surrogate filter`, await send('GET', `${base}?filter=%7B%22q%22%3A%22%ED%A0%80%22%7D`)));
      calls.push(async () => check(`GET ${base} repeated filter`, await send('GET', `${base}?filter=%7B%7D&filter=%7B%7D`)));
      calls.push(async () => check(`GET ${base} filter[a]=1`, await send('GET', `${base}?filter[a]=1&sort[0]=id`)));
    }
    await inBatches(calls);
    expect(offenders).toEqual([]);
  }, 300_000);

  it('other query parameters refuse bad values with a 4xx', async () => {
    const calls: (() => Promise<unknown>)[] = [];
    for (const { path, method, op } of operations()) {
      if (method !== 'GET') continue;
      const params = (op.parameters ?? []).filter((p) => p.in === 'query' && !['filter', 'sort', 'range'].includes(p.name));
      if (!params.length) continue;
      const good = Object.fromEntries(params.map((p) => [p.name, String(sample(p.schema, p.name))]));
      for (const p of params) {
        for (const [name, raw] of BAD_FILTER_VALUES) {
          let value: string;
          try {
            value = JSON.parse(raw);
          } catch {
            value = raw;
          }
          const text = typeof value === 'string' ? value : raw;
          const query = Object.entries({ ...good, [p.name]: '@@VALUE@@' })
            .map(([k, v]) => `${k}=${v === '@@VALUE@@' ? queryValue(JSON.stringify(text).slice(1, -1)) : encodeURIComponent(v)}`)
            .join('&');
          calls.push(async () => check(`GET ${path} ${p.name} = ${name}`, await send('GET', `${fill(path)}?${query}`)));
        }
        calls.push(async () => check(`GET ${path} ${p.name} repeated`, await send('GET', `${fill(path)}?${p.name}=1&${p.name}=2`)));
      }
    }
    await inBatches(calls);
    expect(offenders).toEqual([]);
  }, 300_000);

  it('routes with an id refuse ids that are not int4 with a 4xx', async () => {
    const calls: (() => Promise<unknown>)[] = [];
    for (const { path, method, op } of operations()) {
      if (!path.includes('{')) continue;
      const schema = op.requestBody?.content['application/json']?.schema;
      const body = method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(schema ? sample(schema) : {});
      for (const id of BAD_IDS) {
        const target = fill(path, id);
        calls.push(async () => check(`${method} ${target}`, await send(method, target, body)));
      }
      // Only the last parameter bad (a nested route: /households/1/...).
      if ((path.match(/\{/g) ?? []).length > 1) {
        for (const id of BAD_IDS) {
          const target = path.replace(/\{[^}]+\}(?=[^{]*$)/, id).replace(/\{[^}]+\}/g, '1');
          calls.push(async () => check(`${method} ${target}`, await send(method, target, body)));
        }
      }
    }
    await inBatches(calls);
    expect(offenders).toEqual([]);
  }, 300_000);

  it('bodies with bad values are refused with a 4xx and change nothing', async () => {
    // The sign-in endpoints last: a sign-out ends the session the sweep runs in.
    const writes = operations()
      .filter(({ method, op }) => ['POST', 'PUT', 'PATCH'].includes(method) && op.requestBody?.content['application/json'])
      .sort((a, b) => Number(a.path.startsWith('/auth/')) - Number(b.path.startsWith('/auth/')));
    expect(writes.length).toBeGreaterThan(10);
    for (const { path, method, op } of writes) {
      const schema = resolve(op.requestBody!.content['application/json'].schema);
      const good = (sample(schema) ?? {}) as Record<string, unknown>;
      const target = fill(path);
      const bodies: [string, string][] = [];
      for (const field of Object.keys(schema.properties ?? {})) {
        for (const [name, raw] of BAD_JSON_VALUES) {
          const rest = JSON.stringify({ ...good, [field]: undefined });
          bodies.push([`${field} = ${name}`, `${rest.slice(0, -1)}${rest.length > 2 ? ',' : ''}${JSON.stringify(field)}:${raw}}`]);
        }
      }
      const whole = JSON.stringify(good);
      const tail = whole.length > 2 ? `,${whole.slice(1)}` : '}';
      bodies.push(['__proto__ key', `{"__proto__":{"polluted":1}${tail}`]);
      bodies.push(['constructor key', `{"constructor":{"prototype":{"polluted":1}}${tail}`]);
      bodies.push(['prototype key', `{"prototype":1${tail}`]);
      bodies.push(['NUL key', `{"\\u0000":1${tail}`]);
      bodies.push(['surrogate key', `{"\\ud800":1${tail}`]);
      bodies.push(['deep object body', deepObject()]);
      bodies.push(['deep array body', deepArray()]);
      bodies.push(['array body', '[]']);
      bodies.push(['string body', '"x"']);
      bodies.push(['number body', '1e308']);
      bodies.push(['null body', 'null']);

      const before = await rowCounts();
      const answers: Answer[] = [];
      await inBatches(bodies.map(([name, body]) => async () => answers.push(check(`${method} ${target} ${name}`, await send(method, target, body)))));
      if (answers.every((a) => a.status >= 400)) {
        const after = await rowCounts();
        // Every sign-in attempt is kept, refused ones too (for the lockout): that is the one write a refusal makes.
        const kept = target.startsWith('/auth/') ? ['LoginAttempt'] : [];
        const changed = tables.filter((t) => after[t] !== before[t] && !kept.includes(t)).map((t) => `${t} ${before[t]} -> ${after[t]}`);
        if (changed.length) unchanged.push(`${method} ${target}: ${changed.join(', ')}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(unchanged).toEqual([]);
  }, 300_000);
});
