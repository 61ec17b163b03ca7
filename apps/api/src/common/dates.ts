/**
 * Dates as clients write them, checked against the calendar: `Date.parse` takes "2026-02-30" as
 * 2 March and "0000-01-01" as a year PostgreSQL has no room for, so a date is read here instead.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Whether `text` is a calendar date (YYYY-MM-DD) or an ISO 8601 date-time that exists: year 1 to
 * 9999, a month's real days, hours, minutes and seconds in range.
 */
export function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  return !Number.isNaN(Date.parse(text));
}
