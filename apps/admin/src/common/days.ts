/** Calendar days "YYYY-MM-DD" and months "YYYY-MM" in the browser's time zone (the period pickers). */

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

/** A month "YYYY-MM" (a billing period). */
export const isPeriod = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** "YYYY-MM" of the month `offset` months from the one of `date`. */
export const periodOf = (date: Date, offset = 0): string => {
  const month = new Date(date.getFullYear(), date.getMonth() + offset, 1);
  return `${month.getFullYear()}-${pad(month.getMonth() + 1)}`;
};

/** The month "YYYY-MM" `months` after (or before) a period. */
export const addMonths = (period: string, months: number): string => {
  const [y, m] = period.split('-').map(Number);
  return periodOf(new Date(y, m - 1, 1), months);
};

/** The estate's time zone: the API's days and billing periods are China Standard Time. */
const ESTATE_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today at the estate, "YYYY-MM-DD", whatever the browser's time zone (the defaults of the fee pages). */
export const estateToday = (now = new Date()): string => ESTATE_DAY.format(now);

/** The estate's current billing period, "YYYY-MM". */
export const estatePeriod = (now = new Date()): string => estateToday(now).slice(0, 7);
