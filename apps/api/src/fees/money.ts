import { money } from '../../../common/ledger';

/** Decimal columns as JSON numbers with two decimals; `@db.Date` columns as YYYY-MM-DD. */
export function plain<T extends Record<string, unknown>>(row: T, decimals: string[], dates: string[] = []): T {
  const out: Record<string, unknown> = { ...row };
  for (const key of decimals) if (out[key] !== null && out[key] !== undefined) out[key] = money(out[key] as number);
  for (const key of dates) if (out[key] instanceof Date) out[key] = (out[key] as Date).toISOString().slice(0, 10);
  return out as T;
}

export const householdBrief = { select: { id: true, name: true, phone: true, unit: { select: { number: true, building: { select: { id: true, name: true } } } } } };
export const staffBrief = { select: { id: true, displayName: true } };
