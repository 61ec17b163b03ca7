import type { Bill } from '../types';

/** Amounts are added in fen (cents): 0.1 + 0.2 is not 0.3 in yuan. */
export const toCents = (value: unknown): number => {
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n * 100) : 0;
};

/** The open bills of a household, oldest first: the order in which a payment without allocations pays them. */
export const openBillsOldestFirst = (bills: readonly Bill[]): Bill[] =>
  bills
    .filter((bill) => bill.status === 'OPEN' && toCents(bill.outstanding) > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || Number(a.id) - Number(b.id));

/** The form field of a bill's manual allocation. */
export const allocationField = (billId: number | string) => `allocate.b${billId}`;

export interface AllocationPlan {
  /** Fen paid on each bill, by bill id. */
  byBill: Map<number, number>;
  allocated: number;
  /** Fen left over: the household's credit (or, by hand, more than the amount when negative). */
  credit: number;
}

/** What the API does with a payment without allocations: the oldest bills first, the rest is credit. */
export const planOldestFirst = (bills: readonly Bill[], amount: unknown): AllocationPlan => {
  let left = Math.max(0, toCents(amount));
  const byBill = new Map<number, number>();
  for (const bill of bills) {
    const take = Math.min(left, toCents(bill.outstanding));
    if (take > 0) byBill.set(Number(bill.id), take);
    left -= take;
  }
  return { byBill, allocated: Math.max(0, toCents(amount)) - left, credit: left };
};

/** The allocations typed by hand (`allocate.b<billId>`), bills left at zero left out. */
export const planByHand = (
  bills: readonly Bill[],
  typed: Record<string, unknown> | undefined,
  amount: unknown,
): AllocationPlan => {
  const byBill = new Map<number, number>();
  for (const bill of bills) {
    const cents = toCents(typed?.[`b${bill.id}`]);
    if (cents > 0) byBill.set(Number(bill.id), cents);
  }
  const allocated = [...byBill.values()].reduce((sum, cents) => sum + cents, 0);
  return { byBill, allocated, credit: toCents(amount) - allocated };
};
