import type { DataProvider, RaRecord } from 'react-admin';
import { valueAt, type Related } from './format';
import { listQueryOf } from './listQuery';
import type { ExportColumn, ExportContext } from './spec';

/**
 * The API's largest page (`MAX_PAGE` of its list contract). react-admin's export button asks for the first
 * 1,000 records; the pages after it are fetched here with the same filters and sort.
 */
const PAGE = 1000;
/** A workbook past this many rows is for a database tool, not for a browser: the title says it is cut. */
export const MAX_ROWS = 50_000;

/** `getMany` sends no range, so the API answers its default page (25 records): ask for no more at a time. */
const MANY = 25;

/** Every record the list's filters select, in the list's order. */
export const allRecords = async (first: RaRecord[], dataProvider: DataProvider) => {
  const query = listQueryOf(first);
  if (!query) return { records: first, total: first.length, filter: {} as Record<string, unknown> };
  const total = query.total ?? first.length;
  const perPage = query.params.pagination?.perPage ?? first.length;
  const records = [...first];
  let page = query.params.pagination?.page ?? 1;
  while (records.length < Math.min(total, MAX_ROWS) && perPage > 0 && perPage <= PAGE) {
    page += 1;
    const { data } = await dataProvider.getList(query.resource, { ...query.params, pagination: { page, perPage } });
    if (!data.length) break;
    records.push(...data);
  }
  return { records: records.slice(0, MAX_ROWS), total, filter: (query.params.filter ?? {}) as Record<string, unknown> };
};

/** The ids a reference column (or filter) names, by resource. */
export const referencedIds = (columns: ExportColumn[], records: unknown[], context: ExportContext, into: Map<string, Set<string>>) => {
  for (const column of columns) {
    if (column.kind !== 'reference' || !column.reference) continue;
    const ids = into.get(column.reference) ?? new Set<string>();
    for (const record of records) {
      const value = column.get ? column.get(record, context) : valueAt(record, column.source);
      for (const id of Array.isArray(value) ? value : [value]) if (id != null && id !== '') ids.add(String(id));
    }
    into.set(column.reference, ids);
  }
};

/**
 * The referenced records (staff, households, buildings...), a page of ids at a time. A resource the role may
 * not read leaves its ids as "#12" rather than failing the whole export.
 */
export const fetchRelated = async (wanted: Map<string, Set<string>>, dataProvider: DataProvider): Promise<Related> => {
  const related: Related = {};
  for (const [resource, ids] of wanted) {
    const found = new Map<string, RaRecord>();
    const all = [...ids];
    for (let start = 0; start < all.length; start += MANY) {
      try {
        const { data } = await dataProvider.getMany(resource, { ids: all.slice(start, start + MANY) });
        for (const record of data) found.set(String(record.id), record);
      } catch {
        break;
      }
    }
    related[resource] = found;
  }
  return related;
};
