import type { GetListParams, GetListResult } from 'react-admin';

/**
 * The query a page of list records answered, kept on the page's array (out of sight, not enumerable).
 * react-admin's export button hands the exporter only the records it fetched (at most 1,000, the API's
 * largest page), never the filters or the sort: with this the workbook states the filters in words and
 * fetches the pages after the first with the very same query.
 */
export interface ListQuery {
  resource: string;
  params: GetListParams;
  total?: number;
}

const LIST_QUERY = Symbol('listQuery');

/** The data provider's `getList`, its answer marked with the query it answered. */
export const withListQuery = <T extends GetListResult>(resource: string, params: GetListParams, result: T): T => {
  if (Array.isArray(result.data)) {
    Object.defineProperty(result.data, LIST_QUERY, { value: { resource, params, total: result.total }, enumerable: false });
  }
  return result;
};

/** The query that fetched these records, when the data provider's `getList` did. */
export const listQueryOf = (data: unknown): ListQuery | undefined =>
  Array.isArray(data) ? ((data as unknown as Record<symbol, ListQuery | undefined>)[LIST_QUERY] ?? undefined) : undefined;
