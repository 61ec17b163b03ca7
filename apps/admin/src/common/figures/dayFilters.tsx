import { DateInput } from 'react-admin';
import { isDay } from '../days';

const DAY = 86_400_000;
const ESTATE_OFFSET = 8 * 3_600_000;

/** The first instant of a day at the estate (China Standard Time), `days` later, as ISO. */
const estateStart = (day: string, days = 0) => new Date(Date.parse(`${day}T00:00:00+08:00`) + days * DAY).toISOString();

/** The estate's day of an instant, `shiftMs` earlier; '' for nothing or an unreadable value. */
const estateDayOf = (value: unknown, shiftMs = 0) => {
  const at = value ? new Date(String(value)).getTime() : Number.NaN;
  return Number.isNaN(at) ? '' : new Date(at - shiftMs + ESTATE_OFFSET).toISOString().slice(0, 10);
};

/**
 * A list's pair of day filters over instants (`from` included, `to` excluded, as the API takes them), picked as
 * the estate's calendar days, both included: "to 30 Nov" is sent as the start of 1 Dec. The figures' links open
 * lists with the same instants, so the list shows the days the figures counted.
 */
export const dayFilterInputs = (from = 'from', to = 'to') => [
  // An emptied input answers null, not undefined: the filter form keeps the previous value for undefined.
  <DateInput key={from} source={from} parse={(v: unknown) => (isDay(v) ? estateStart(v) : null)} format={(v: unknown) => estateDayOf(v)} />,
  <DateInput key={to} source={to} parse={(v: unknown) => (isDay(v) ? estateStart(v, 1) : null)} format={(v: unknown) => estateDayOf(v, 1)} />,
];
