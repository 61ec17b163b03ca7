import type { SortPayload } from 'react-admin';

/** Charge items in the order of the bill lines. */
export const CHARGE_ITEM_SORT: SortPayload = { field: 'sortOrder', order: 'ASC' };
