/** The cash reconciliation of a day (a custom route, with its own menu entry). */
export const CASH_RECONCILIATION_PATH = '/cash-reconciliation';
