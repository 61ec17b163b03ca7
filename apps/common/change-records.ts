import { AsyncLocalStorage } from 'node:async_hooks';
import { Prisma, type PrismaClient } from '../../prisma/client';

/**
 * Who changed what: every create, update, upsert and delete (one or many) of the audited models made through
 * a client made by `withChangeRecords` (the API's and the worker's) is recorded as a ChangeRecord: the actor,
 * the time, and the values before and after (only the changed fields of an update). An update that withdraws
 * a record of the household file (sets `withdrawnAt`) is recorded as a `withdraw`, with the reason; a delete
 * keeps the whole deleted row.
 *
 * The actor is the signed-in staff member of the API request, or the process of the worker's activity
 * (`<workflow type>:<workflow id>`) with no staff member.
 *
 * Inside an interactive `$transaction`, the row is read and the record written in the same transaction, so a
 * rolled-back change leaves no record. Not seen here: rows removed by a database cascade (a household's
 * members when the household is deleted: the household's own record keeps what it was) and `createMany`.
 */
export const AUDITED_MODELS = ['Household', 'Member', 'Contact', 'Proxy', 'Document', 'Staff', 'Policy', 'ChargeItem', 'MeterReading', 'Payment'] as const;
export type AuditedModel = (typeof AUDITED_MODELS)[number];
const AUDITED = new Set<string>(AUDITED_MODELS);

/** Fields never recorded: secrets, file contents, and timestamps every write changes. */
const NEVER = new Set(['passwordHash', 'refreshHash', 'content', 'pdf', 'createdAt', 'updatedAt', 'requestId']);

/** The most rows an `updateMany`/`deleteMany` records one by one. */
const MANY_LIMIT = 500;

type Row = Record<string, unknown>;
type Values = Record<string, unknown>;
/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = any;

/** A value as it is stored in the record's JSON: dates as ISO text, decimals as text, bytes left out. */
function jsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return (value as Prisma.Decimal).toString();
  if (value instanceof Uint8Array) return undefined;
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** The recordable values of a row. */
export function recordable(row: Row): Values {
  const values: Values = {};
  for (const [key, value] of Object.entries(row)) {
    if (NEVER.has(key)) continue;
    const v = jsonValue(value);
    if (v !== undefined) values[key] = v;
  }
  return values;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only the fields an update changed, before and after; null when nothing recordable changed. */
export function changed(before: Row, after: Row): { before: Values; after: Values } | null {
  const old = recordable(before);
  const now = recordable(after);
  const diff = { before: {} as Values, after: {} as Values };
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (!same(old[key], now[key])) {
      diff.before[key] = old[key] ?? null;
      diff.after[key] = now[key] ?? null;
    }
  }
  // A new password is recorded as such (its version rises), never its hash.
  return Object.keys(diff.after).length ? diff : null;
}

const delegateKey = (model: string) => model[0].toLowerCase() + model.slice(1);

const householdOf = (model: string, row: Row): number | null =>
  model === 'Household' ? (row.id as number) : typeof row.householdId === 'number' ? row.householdId : null;

/** Who makes the changes in progress: a staff member, or a process of the worker; neither is the system. */
export interface ChangeActor {
  staffId: number | null;
  process?: string | null;
}

export type ChangeAction = 'create' | 'update' | 'withdraw' | 'delete';

interface Change {
  model: string;
  action: ChangeAction;
  row: Row;
  before?: Values | null;
  after?: Values | null;
}

/** An update that sets `withdrawnAt` on a record of the file is its withdrawal. */
const updateAction = (diff: { before: Values; after: Values }): ChangeAction =>
  diff.before.withdrawnAt === null && typeof diff.after.withdrawnAt === 'string' ? 'withdraw' : 'update';

async function write(db: Db, actor: ChangeActor, changes: Change[]): Promise<void> {
  if (!changes.length) return;
  const { staffId, process = null } = actor;
  await db.changeRecord.createMany({
    data: changes.map((c) => ({
      staffId,
      process,
      model: c.model,
      recordId: c.row.id as number,
      householdId: householdOf(c.model, c.row),
      action: c.action,
      before: c.before ?? Prisma.DbNull,
      after: c.after ?? Prisma.DbNull,
    })),
  });
}

/** The client a change is read and recorded with: the interactive transaction in progress, else the plain client. */
const transactionClient = new AsyncLocalStorage<Db>();

/**
 * A client recording the changes of the audited models, made by `actorNow()` at the time of each change.
 * `base` is the plain client (it reads the rows and writes the records outside a transaction); the result
 * keeps every member of `base` it does not replace.
 */
export function withChangeRecords<T extends PrismaClient>(base: T, actorNow: () => ChangeActor): T {
  const recordChanges = (db: Db, changes: Change[]) => write(db, actorNow(), changes);
  const dbNow = (): Db => transactionClient.getStore() ?? base;
  const find = (model: string, where: unknown) => dbNow()[delegateKey(model)].findUnique({ where });
  const findMany = (model: string, where: unknown) => dbNow()[delegateKey(model)].findMany({ where, take: MANY_LIMIT, orderBy: { id: 'asc' } });
  const byId = (model: string, id: unknown) => dbNow()[delegateKey(model)].findUnique({ where: { id } });

  const extended = base.$extends({
    name: 'change-records',
    query: {
      $allModels: {
        async create({ model, args, query }) {
          const result: any = await query(args);
          if (!AUDITED.has(model) || result?.id === undefined) return result;
          const row: Row = await byId(model, result.id);
          if (row) await recordChanges(dbNow(), [{ model, action: 'create', row, after: recordable(row) }]);
          return result;
        },
        async update({ model, args, query }) {
          if (!AUDITED.has(model)) return query(args);
          const before: Row | null = await find(model, (args as any).where);
          const result = await query(args);
          if (before) {
            const row: Row = await byId(model, before.id);
            const diff = row && changed(before, row);
            if (diff) await recordChanges(dbNow(), [{ model, action: updateAction(diff), row, ...diff }]);
          }
          return result;
        },
        async upsert({ model, args, query }) {
          if (!AUDITED.has(model)) return query(args);
          const before: Row | null = await find(model, (args as any).where);
          const result: any = await query(args);
          const row: Row | null = await byId(model, before?.id ?? result?.id);
          if (row && !before) await recordChanges(dbNow(), [{ model, action: 'create', row, after: recordable(row) }]);
          const diff = row && before && changed(before, row);
          if (row && diff) await recordChanges(dbNow(), [{ model, action: updateAction(diff), row, ...diff }]);
          return result;
        },
        async delete({ model, args, query }) {
          if (!AUDITED.has(model)) return query(args);
          const before: Row | null = await find(model, (args as any).where);
          const result = await query(args);
          if (before) await recordChanges(dbNow(), [{ model, action: 'delete', row: before, before: recordable(before) }]);
          return result;
        },
        async updateMany({ model, args, query }) {
          if (!AUDITED.has(model)) return query(args);
          const rows: Row[] = await findMany(model, (args as any).where);
          const result = await query(args);
          if (rows.length) {
            const now: Row[] = await dbNow()[delegateKey(model)].findMany({ where: { id: { in: rows.map((r) => r.id) } } });
            const byIdNow = new Map(now.map((r) => [r.id, r]));
            const changes: Change[] = [];
            for (const before of rows) {
              const row = byIdNow.get(before.id);
              const diff = row && changed(before, row);
              if (row && diff) changes.push({ model, action: updateAction(diff), row, ...diff });
            }
            await recordChanges(dbNow(), changes);
          }
          return result;
        },
        async deleteMany({ model, args, query }) {
          if (!AUDITED.has(model)) return query(args);
          const rows: Row[] = await findMany(model, (args as any).where);
          const result = await query(args);
          await recordChanges(dbNow(), rows.map((row) => ({ model, action: 'delete' as const, row, before: recordable(row) })));
          return result;
        },
      },
    },
  });

  // An interactive transaction lends its client to the recording above, so reads and records join it.
  const transaction = (arg: unknown, options?: unknown) =>
    typeof arg === 'function'
      ? (extended as Db).$transaction((tx: Db) => transactionClient.run(tx, () => (arg as (tx: Db) => unknown)(tx)), options)
      : (extended as Db).$transaction(arg, options);

  return new Proxy(base, {
    get(target, property, receiver) {
      if (property === '$transaction') return transaction;
      if (typeof property === 'string' && property in extended) {
        const value = (extended as Db)[property];
        return typeof value === 'function' ? value.bind(extended) : value;
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
/* eslint-enable @typescript-eslint/no-explicit-any */
