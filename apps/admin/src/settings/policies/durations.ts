import { ISO_DURATION } from './schema';

/** The units a length of time is typed in. */
export const TIME_UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

const SECONDS: Record<TimeUnit, number> = { days: 86_400, hours: 3_600, minutes: 60, seconds: 1 };

export interface Amount {
  amount: number;
  unit: TimeUnit;
}

/** "P2D" → 2 days, "PT90M" → 90 minutes, "P1DT12H" → 36 hours: the largest unit that holds it whole. */
export function parseDuration(iso: unknown): Amount | undefined {
  if (typeof iso !== 'string') return undefined;
  const match = ISO_DURATION.exec(iso);
  if (!match) return undefined;
  const [, d, , h, m, s] = match;
  const total = (parseInt(d ?? '0') || 0) * 86_400 + (parseInt(h ?? '0') || 0) * 3_600 + (parseInt(m ?? '0') || 0) * 60 + (parseFloat(s ?? '0') || 0);
  if (total === 0) return { amount: 0, unit: d ? 'days' : h ? 'hours' : m ? 'minutes' : 'seconds' };
  const unit = TIME_UNITS.find((u) => total % SECONDS[u] === 0) ?? 'seconds';
  return { amount: total / SECONDS[unit], unit };
}

/** 2 days → "P2D", 4 hours → "PT4H"; no amount: "" (which the schema refuses). */
export function formatDuration({ amount, unit }: { amount: number | null | undefined; unit: TimeUnit }): string {
  if (amount == null || Number.isNaN(amount) || amount < 0) return '';
  return unit === 'days' ? `P${amount}D` : `PT${amount}${unit === 'hours' ? 'H' : unit === 'minutes' ? 'M' : 'S'}`;
}
