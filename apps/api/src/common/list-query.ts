import { badRequest } from './errors';

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

function parseJson(name: string, raw: string | undefined): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(name, 'must be valid JSON');
  }
}

export function parseList(params: ListParams, spec: ListSpec): ParsedList {
  const sort = parseJson('sort', params.sort) ?? spec.defaultSort;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
    throw badRequest('sort', 'must be ["field","ASC"|"DESC"]');
  }
  const [field, rawOrder] = sort as [string, unknown];
  const order = String(rawOrder).toLowerCase();
  if (order !== 'asc' && order !== 'desc') throw badRequest('sort', 'order must be ASC or DESC');
  const toOrderBy = spec.sort[field];
  if (!toOrderBy) throw badRequest('sort', `cannot sort by "${field}"; sortable: ${Object.keys(spec.sort).join(', ')}`);

  const range = parseJson('range', params.range) ?? [0, 24];
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((n) => Number.isInteger(n) && n >= 0) ||
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
    const toWhere = key === 'id' ? ids : spec.filters[key];
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

function toInt(value: unknown, key: string): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (!Number.isInteger(n)) throw badRequest(`filter.${key}`, 'must be an integer');
  return n as number;
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
