/**
 * The billing cycle's rules as data (the `fee` policy). Charge items and their rates are their own
 * records; this policy holds what applies to every bill.
 */
export interface FeePolicy {
  /** FEE-8: a unit in custody pays this share of the property management fee (seed 004 §1(6): 70%). */
  custodyRatio: number;
  /** A bill is due this many days after the first day of its period. */
  payWithinDays: number;
}

export const DEFAULT_FEE_POLICY: FeePolicy = { custodyRatio: 0.7, payWithinDays: 30 };

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isPeriod = (text: unknown): text is string => typeof text === 'string' && PERIOD.test(text);

/** The billing period ("YYYY-MM") of an instant, in local time. */
export function periodOf(t: number, utcOffsetMinutes = 480): string {
  return new Date(t + utcOffsetMinutes * 60_000).toISOString().slice(0, 7);
}

/** The first local day of a period and the day its bills fall due. */
export function dueDateOf(period: string, policy: FeePolicy): string {
  const start = Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1);
  return new Date(start + policy.payWithinDays * 86_400_000).toISOString().slice(0, 10);
}

export const billingWorkflowId = (period: string, at: number) => `billing-${period}-${at}`;
export const BILLING_SCHEDULE_ID = 'billing-cycle';
export const ARREARS_SCHEDULE_ID = 'arrears-sweep';
