import { useState } from 'react';
import { addDays, addMonths, estatePeriod, isDay, isPeriod, localDay } from '../days';

/** The shortcuts a figures page offers: each a translation key under `estate.figure_bar.presets`. */
export type PresetKey = 'this_month' | 'last_month' | 'this_year' | 'last_12_months';

interface Range {
  from: string;
  to: string;
}

const monthOf = (offset: number, now = new Date()): Range => ({
  from: localDay(new Date(now.getFullYear(), now.getMonth() + offset, 1)),
  to: localDay(new Date(now.getFullYear(), now.getMonth() + offset + 1, 0)),
});

/** Calendar days, both included. */
const DAY_PRESETS: Record<PresetKey, () => Range> = {
  this_month: () => monthOf(0),
  last_month: () => monthOf(-1),
  this_year: () => ({ from: `${new Date().getFullYear()}-01-01`, to: `${new Date().getFullYear()}-12-31` }),
  last_12_months: () => ({ from: localDay(new Date(new Date().getFullYear(), new Date().getMonth() - 11, 1)), to: monthOf(0).to }),
};

/** Billing periods (the estate's months), both included. */
const MONTH_PRESETS: Record<PresetKey, () => Range> = {
  this_month: () => ({ from: estatePeriod(), to: estatePeriod() }),
  last_month: () => ({ from: addMonths(estatePeriod(), -1), to: addMonths(estatePeriod(), -1) }),
  this_year: () => ({ from: `${estatePeriod().slice(0, 4)}-01`, to: estatePeriod() }),
  last_12_months: () => ({ from: addMonths(estatePeriod(), -11), to: estatePeriod() }),
};

export interface Period {
  type: 'date' | 'month';
  from: string;
  to: string;
  set: (field: 'from' | 'to', value: string) => void;
  presets: { key: PresetKey; apply: () => void }[];
  /** A translation key saying what is wrong with the period, or null when it can be asked for. */
  problem: string | null;
  /**
   * The period as the API's figures take it: days, `to` excluded (the day after the last), or months, both
   * included.
   */
  query: { from: string; to: string };
}

/**
 * The period of a figures page: calendar days or billing months, both ends included as staff pick them, its
 * shortcuts, and what is wrong with it.
 */
export function usePeriod(type: 'date' | 'month', initial: Range | (() => Range), presetKeys: PresetKey[]): Period {
  const [range, setRange] = useState<Range>(initial);
  const valid = type === 'date' ? isDay : isPeriod;
  const problem =
    !valid(range.from) || !valid(range.to)
      ? type === 'date'
        ? 'estate.figure_bar.pick_dates'
        : 'estate.figure_bar.pick_months'
      : range.to < range.from
        ? 'estate.figure_bar.to_before_from'
        : null;
  const presets = type === 'date' ? DAY_PRESETS : MONTH_PRESETS;
  return {
    type,
    ...range,
    set: (field, value) => setRange((previous) => ({ ...previous, [field]: value })),
    presets: presetKeys.map((key) => ({ key, apply: () => setRange(presets[key]()) })),
    problem,
    query: type === 'date' && problem == null ? { from: range.from, to: addDays(range.to, 1) } : range,
  };
}

export const thisMonth = () => monthOf(0);

/**
 * A react-admin list with a filter, as its URL in the app ("/bills?filter=..."): the filter's inputs are shown
 * (`displayedFilters`), so that the list says what it was opened with and the filter can be taken off.
 */
export const listLink = (resource: string, filter: Record<string, unknown>) => {
  const shown = Object.fromEntries(Object.keys(filter).map((key) => [key, true]));
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&displayedFilters=${encodeURIComponent(JSON.stringify(shown))}`;
};

/** The first instant of a day at the estate (China Standard Time), as the API counts the figures' days. */
const estateDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();

/**
 * The period as the instants that the lists' `from` / `to` filters take (ISO, `to` excluded): the same days as the
 * figures count, so that a click lands on the rows that were counted.
 */
export const periodFilter = (period: Period, names: [string, string] = ['from', 'to']) =>
  period.type === 'date' && period.problem == null ? { [names[0]]: estateDayStart(period.query.from), [names[1]]: estateDayStart(period.query.to) } : {};
