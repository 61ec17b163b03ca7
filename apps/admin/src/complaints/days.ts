/** Calendar days "YYYY-MM-DD" in the browser's time zone (the period pickers of the complaint pages). */

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of a date in the browser's time zone. */
export const localDay = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The first instant of a local calendar day, `days` later. */
export const dayStart = (day: string, days = 0): Date => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + days);
};

export const addDays = (day: string, days: number): string => localDay(dayStart(day, days));
