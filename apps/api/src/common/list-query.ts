import { isRealDate } from './dates';
import { badRequest } from './errors';
import { assertSafeInput } from './safe-input';

/**
 * The list contract of react-admin's `ra-data-simple-rest` provider:
 * `?sort=["field","ASC"]&range=[0,24]&filter={"q":"..."}` in, a `Content-Range` header out.
 */
export interface ListParams {
  sort?: string;
  range?: string;
  filter?: string;
}

export type SortOrder = 'asc' | 'desc';
export type OrderBy = Record<string, unknown>;
export type Where = Record<string, unknown>;

/** Turns one filter value into a Prisma `where` fragment; throws a 400 for a bad value. */
export type FilterFn = (value: unknown, key: string) => Where;

export interface ListSpec {
  /** Sortable fields: the field name, or a nested path mapped to its Prisma orderBy. */
  sort: Record<string, (order: SortOrder) => OrderBy>;
  filters: Record<string, FilterFn>;
  defaultSort: [string, SortOrder];
}

export interface ParsedList {
  skip: number;
  take: number;
  orderBy: OrderBy[];
  where: Where;
}

export const MAX_PAGE = 1000;

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  // A parameter given twice (`?filter=..&filter=..`) arrives as a list.
  if (typeof raw !== 'string') throw badRequest(name, 'must be valid JSON');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest(name, 'must be valid JSON');
  }
  // NUL bytes, lone surrogates (`"\ud800"` in the JSON), prototype keys and deep nesting: 400 naming the key.
  assertSafeInput(parsed, name);
  return parsed;
}

/** A key of a spec's table, never one of Object.prototype (`toString`, `__proto__`, `constructor`). */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export function parseList(params: ListParams, spec: ListSpec): ParsedList {
  const sort = parseJson('sort', params.sort) ?? spec.defaultSort;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
    throw badRequest('sort', 'must be ["field","ASC"|"DESC"]');
  }
  const [field, rawOrder] = sort as [string, unknown];
  const order = String(rawOrder).toLowerCase();
  if (order !== 'asc' && order !== 'desc') throw badRequest('sort', 'order must be ASC or DESC');
  const toOrderBy = own(spec.sort, field);
  if (!toOrderBy) throw badRequest('sort', `cannot sort by "${field}"; sortable: ${Object.keys(spec.sort).join(', ')}`);

  const range = parseJson('range', params.range) ?? [0, 24];
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((n) => Number.isSafeInteger(n) && n >= 0) ||
    range[1] < range[0]
  ) {
    throw badRequest('range', 'must be [start, end] with 0 <= start <= end');
  }
  const [start, end] = range as [number, number];
  if (end - start + 1 > MAX_PAGE) throw badRequest('range', `at most ${MAX_PAGE} rows per page`);

  const filter = parseJson('filter', params.filter) ?? {};
  if (typeof filter !== 'object' || Array.isArray(filter) || filter === null) {
    throw badRequest('filter', 'must be a JSON object');
  }
  const where: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    const toWhere = own(spec.filters, key) ?? (key === 'id' ? ids : undefined);
    if (!toWhere) {
      const known = ['id', ...Object.keys(spec.filters)].join(', ');
      throw badRequest(`filter.${key}`, `unknown filter; known: ${known}`);
    }
    where.push(toWhere(value, key));
  }
  const orderBy = [toOrderBy(order)];
  if (field !== 'id') orderBy.push({ id: order });
  return { skip: start, take: end - start + 1, orderBy, where: where.length ? { AND: where } : {} };
}

export function contentRange(resource: string, skip: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${skip}-${skip + count - 1}/${total}`;
}

// ---- filter building blocks -------------------------------------------------------------

/** PostgreSQL's `integer` (int4), the type of every id and count column. */
export const INT4_MIN = -2147483648;
export const INT4_MAX = 2147483647;

export const isInt4 = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= INT4_MIN && (n as number) <= INT4_MAX;

function toInt(value: unknown, key: string): number {
  const n = typeof value === 'string' && /^-?\d{1,10}$/.test(value) ? Number(value) : value;
  if (!Number.isInteger(n)) throw badRequest(`filter.${key}`, 'must be an integer');
  if (!isInt4(n)) throw badRequest(`filter.${key}`, `must be an integer from ${INT4_MIN} to ${INT4_MAX}`);
  // -0 is an integer to JavaScript and 0 to PostgreSQL: pass 0.
  return (n as number) + 0;
}

/** `{"id":[1,2,3]}` (getMany) or a single id. */
export const ids: FilterFn = (value, key) =>
  Array.isArray(value) ? { id: { in: value.map((v) => toInt(v, key)) } } : { id: toInt(value, key) };

export const intEq =
  (field: string): FilterFn =>
  (value, key) =>
    Array.isArray(value) ? { [field]: { in: value.map((v) => toInt(v, key)) } } : { [field]: toInt(value, key) };

export const enumEq =
  (field: string, allowed: readonly string[]): FilterFn =>
  (value, key) => {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (!allowed.includes(v as string)) throw badRequest(`filter.${key}`, `must be one of ${allowed.join(', ')}`);
    }
    return { [field]: { in: values } };
  };

export const boolEq =
  (field: string): FilterFn =>
  (value, key) => {
    if (value === true || value === 'true') return { [field]: true };
    if (value === false || value === 'false') return { [field]: false };
    throw badRequest(`filter.${key}`, 'must be true or false');
  };

export function text(value: unknown, key: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') throw badRequest(`filter.${key}`, 'must be text');
  return String(value).trim();
}

/** A date filter (YYYY-MM-DD or an ISO 8601 date-time) that exists on the calendar. */
export function date(value: unknown, key: string): Date {
  const t = text(value, key);
  if (!isRealDate(t)) throw badRequest(`filter.${key}`, 'must be a date');
  return new Date(t);
}

export const contains =
  (field: string): FilterFn =>
  (value, key) => ({ [field]: { contains: text(value, key), mode: 'insensitive' } });

/** Plain sortable columns. */
export function columns(...names: string[]): ListSpec['sort'] {
  return Object.fromEntries(names.map((n) => [n, (order: SortOrder) => ({ [n]: order })]));
}

/**
 * Takes an endpoint's own keys (a view, a scope) out of the `filter` parameter, leaving the rest
 * for `parseList`. Bad JSON is a 400, as in `parseList`.
 */
export function takeFromFilter(params: ListParams, keys: string[]): { taken: Record<string, unknown>; params: ListParams } {
  const filter = parseJson('filter', params.filter) ?? {};
  if (typeof filter !== 'object' || Array.isArray(filter) || filter === null) throw badRequest('filter', 'must be a JSON object');
  const taken: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) (keys.includes(key) ? taken : rest)[key] = value;
  return { taken, params: { ...params, filter: JSON.stringify(rest) } };
}
