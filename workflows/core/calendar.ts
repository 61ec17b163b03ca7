/**
 * The business calendar: working hours, weekends and public holidays as data, so that
 * "the same day" means the end of that business day and a duration can be counted in
 * business or in calendar time. Pure functions: usable in workflows and activities alike.
 */

export interface BusinessCalendar {
  /** Offset of local time from UTC in minutes (China Standard Time: 480, no daylight saving). */
  utcOffsetMinutes: number;
  /** Working weekdays, 0 = Sunday ... 6 = Saturday. */
  workdays: number[];
  /** Working hours, local time, "HH:MM". */
  workStart: string;
  workEnd: string;
  /** Local dates ("YYYY-MM-DD") that are not working days although on a working weekday. */
  holidays: string[];
  /** Local dates that are working days although on a weekend (adjusted working days, 调休). */
  extraWorkdays: string[];
}

export const DEFAULT_CALENDAR: BusinessCalendar = {
  utcOffsetMinutes: 480,
  workdays: [1, 2, 3, 4, 5],
  workStart: '08:30',
  workEnd: '17:30',
  holidays: [],
  extraWorkdays: [],
};

/** When a deadline falls, relative to the moment a task opens. */
export type Due =
  /**
   * ISO 8601 duration in calendar time: "PT1H", "P2D", "PT30S"; counted from `from` (ISO 8601) when given,
   * e.g. a leak repair's return visit from the day of the leak test.
   */
  | { after: string; business?: false; from?: string }
  /** ISO 8601 duration in business time: "P2D" two working days, "PT4H" four working hours. */
  | { after: string; business: true; from?: string }
  /** The end of the business day the task opens on (or of the next one, after hours). */
  | { endOfBusinessDay: true }
  /** The end of the calendar day the task opens on, whatever the hour ("the same day" for something serious). */
  | { endOfDay: true }
  /** A fixed moment (ISO 8601), e.g. the date a resident asked for. */
  | { at: string };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface Duration {
  days: number;
  ms: number;
}

/** Parses the subset of ISO 8601 durations policies use: days, hours, minutes, seconds. */
export function parseDuration(text: string): Duration {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) throw new Error(`"${text}" is not an ISO 8601 duration such as PT1H or P2D`);
  const [, d, h, min, s] = m;
  return { days: Number(d ?? 0), ms: (Number(h ?? 0) * 60 + Number(min ?? 0)) * MINUTE + Number(s ?? 0) * 1000 };
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** Local midnight (as a UTC instant) of the local day containing `t`. */
function localMidnight(t: number, cal: BusinessCalendar): number {
  const offset = cal.utcOffsetMinutes * MINUTE;
  return Math.floor((t + offset) / DAY) * DAY - offset;
}

function localDate(midnight: number, cal: BusinessCalendar): string {
  return new Date(midnight + cal.utcOffsetMinutes * MINUTE).toISOString().slice(0, 10);
}

export function isWorkingDay(midnight: number, cal: BusinessCalendar): boolean {
  const date = localDate(midnight, cal);
  if (cal.extraWorkdays.includes(date)) return true;
  if (cal.holidays.includes(date)) return false;
  const weekday = new Date(midnight + cal.utcOffsetMinutes * MINUTE).getUTCDay();
  return cal.workdays.includes(weekday);
}

/** The working interval [start, end) of the local day at `midnight`, or undefined on a day off. */
function workingHours(midnight: number, cal: BusinessCalendar): [number, number] | undefined {
  if (!isWorkingDay(midnight, cal)) return undefined;
  return [midnight + minutesOf(cal.workStart) * MINUTE, midnight + minutesOf(cal.workEnd) * MINUTE];
}

const MAX_DAYS_SEARCHED = 366;

/** The end of the business day `t` falls in; after hours or on a day off, the end of the next one. */
export function endOfBusinessDay(t: number, cal: BusinessCalendar): number {
  let midnight = localMidnight(t, cal);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++, midnight += DAY) {
    const hours = workingHours(midnight, cal);
    if (hours && t < hours[1]) return hours[1];
  }
  throw new Error('The business calendar has no working day in a year');
}

/** Adds working time: only the hours inside working intervals count. */
function addWorkingMs(t: number, ms: number, cal: BusinessCalendar): number {
  let remaining = ms;
  let midnight = localMidnight(t, cal);
  let cursor = t;
  for (let i = 0; i < MAX_DAYS_SEARCHED * 10; i++, midnight += DAY) {
    const hours = workingHours(midnight, cal);
    if (!hours) continue;
    const from = Math.max(cursor, hours[0]);
    if (from >= hours[1]) continue;
    if (from + remaining <= hours[1]) return from + remaining;
    remaining -= hours[1] - from;
    cursor = hours[1];
  }
  throw new Error('The business calendar has too few working hours for this duration');
}

/** Adds whole working days: the same local time on the n-th next working day. */
function addWorkingDays(t: number, days: number, cal: BusinessCalendar): number {
  let midnight = localMidnight(t, cal);
  const timeOfDay = t - midnight;
  let left = days;
  for (let i = 0; left > 0 && i < MAX_DAYS_SEARCHED * 10; i++) {
    midnight += DAY;
    if (isWorkingDay(midnight, cal)) left--;
  }
  return midnight + timeOfDay;
}

/** `t` itself when it falls in working hours, otherwise the start of the next working interval. */
export function nextWorkingMoment(t: number, cal: BusinessCalendar): number {
  let midnight = localMidnight(t, cal);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++, midnight += DAY) {
    const hours = workingHours(midnight, cal);
    if (!hours || t >= hours[1]) continue;
    return Math.max(t, hours[0]);
  }
  throw new Error('The business calendar has no working day in a year');
}

/** The local calendar date ("YYYY-MM-DD") of an instant. */
export function localDay(t: number, cal: Pick<BusinessCalendar, 'utcOffsetMinutes'>): string {
  return new Date(t + cal.utcOffsetMinutes * MINUTE).toISOString().slice(0, 10);
}

/** The instant a deadline falls, for a task opened at `openedAt`. */
export function resolveDue(openedAt: number, due: Due, cal: BusinessCalendar): number {
  if ('endOfBusinessDay' in due) return endOfBusinessDay(openedAt, cal);
  if ('endOfDay' in due) return localMidnight(openedAt, cal) + DAY - 1000;
  if ('at' in due) return Date.parse(due.at);
  const { days, ms } = parseDuration(due.after);
  const start = due.from ? Date.parse(due.from) : openedAt;
  if (!due.business) return start + days * DAY + ms;
  return addWorkingMs(addWorkingDays(start, days, cal), ms, cal);
}
