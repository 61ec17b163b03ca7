import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useLocalized } from '../../common/localized';
import { parseDuration } from './durations';
import { describe, shapeOf, WEEKDAY_NAMES, type Bilingual, type Described, type FieldMeta } from './schema';
import type { z } from 'zod';

type Translate = ReturnType<typeof useTranslate>;
type Localized = ReturnType<typeof useLocalized>;

/** Monday first, as staff read a week. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

const isBilingual = (value: unknown): value is Bilingual =>
  !!value && typeof value === 'object' && typeof (value as Bilingual).zh === 'string' && typeof (value as Bilingual).en === 'string';

const isDescribed = (x: z.ZodType | Described): x is Described => typeof (x as Described).optional === 'boolean';

/** Policy values in words: "2 个工作日内", "周一至周五", "70%", "¥300.00". */
export function wordsFor(translate: Translate, localized: Localized) {
  const { pick, formatMoney, formatPercent, formatCount } = localized;

  const label = (meta: FieldMeta | undefined, key: string | number) =>
    meta ? pick(meta.label) : typeof key === 'number' ? `#${key + 1}` : translate('estate.policies.words.unnamed');

  const duration = (iso: unknown) => {
    const parsed = parseDuration(iso);
    return parsed ? translate(`estate.policies.units.${parsed.unit}`, { smart_count: parsed.amount, n: formatCount(parsed.amount) }) : String(iso ?? '');
  };

  const due = (value: unknown) => {
    const v = (value ?? {}) as { after?: string; business?: boolean; endOfBusinessDay?: boolean; endOfDay?: boolean };
    if (v.endOfBusinessDay) return translate('estate.policies.due.end_of_business_day');
    if (v.endOfDay) return translate('estate.policies.due.end_of_day');
    const parsed = parseDuration(v.after);
    if (!parsed) return translate('estate.policies.words.none');
    const key = v.business ? `estate.policies.due.within_business_${parsed.unit}` : `estate.policies.due.within_${parsed.unit}`;
    return translate(key, { smart_count: parsed.amount, n: formatCount(parsed.amount) });
  };

  const weekdays = (value: unknown) => {
    const days = WEEK_ORDER.filter((d) => Array.isArray(value) && value.includes(d));
    const consecutive = days.length > 2 && days.every((d, i) => i === 0 || WEEK_ORDER.indexOf(d) === WEEK_ORDER.indexOf(days[i - 1]) + 1);
    if (consecutive) return translate('estate.policies.words.day_range', { from: pick(WEEKDAY_NAMES[days[0]]), to: pick(WEEKDAY_NAMES[days[days.length - 1]]) });
    return days.map((d) => pick(WEEKDAY_NAMES[d])).join(translate('estate.policies.words.and'));
  };

  const number = (value: number, meta: FieldMeta | undefined) => {
    switch (meta?.unit) {
      case 'yuan':
        return formatMoney(value);
      case 'percent':
        return formatPercent(value);
      case undefined:
        return formatCount(value);
      default:
        return translate(`estate.policies.units.${meta?.unit}`, { smart_count: value, n: formatCount(value) });
    }
  };

  /** A row of a list or an entry of a map: its name, or its code. */
  const rowTitle = (row: unknown, fallback: string | number): string => {
    if (isBilingual(row)) return pick(row);
    const r = (row ?? {}) as Record<string, unknown>;
    const named = [r.name, r.label, r.title].find(isBilingual);
    if (named) return pick(named);
    if (typeof r.code === 'string') return r.code;
    return typeof fallback === 'number' ? translate('estate.policies.words.row', { n: fallback + 1 }) : fallback;
  };

  /** An entry of a map: its key in words when the schema knows it, else its name, else its code. */
  const entryTitle = (meta: FieldMeta | undefined, key: string, entry: unknown) => (meta?.keyLabels?.[key] ? pick(meta.keyLabels[key]) : rowTitle(entry, key));

  const value = (schema: z.ZodType | Described, v: unknown): string => {
    const d = isDescribed(schema) ? schema : describe(schema);
    const { meta } = d;
    if (v === undefined) return translate('estate.policies.words.default_applies');
    if (v === null) return translate('estate.policies.words.none');
    const shape = shapeOf(d);
    if (shape.kind === 'leaf') {
      switch (shape.input) {
        case 'duration':
          return duration(v);
        case 'due':
          return due(v);
        case 'weekdays':
          return weekdays(v);
        case 'percent':
          return formatPercent(v);
        case 'bilingual':
          return isBilingual(v) ? pick(v) : '';
        case 'enum':
          return meta?.options?.[String(v)] ? pick(meta.options[String(v)]) : String(v);
        case 'enumList':
          return Array.isArray(v) && v.length ? v.map((x) => (meta?.options?.[String(x)] ? pick(meta.options[String(x)]) : String(x))).join(translate('estate.policies.words.and')) : translate('estate.policies.words.none');
        case 'boolean':
          return translate(v ? 'ra.boolean.true' : 'ra.boolean.false');
        case 'number':
          return typeof v === 'number' ? number(v, meta) : String(v);
        default:
          return String(v);
      }
    }
    if (shape.kind === 'variants') {
      const chosen = shape.options.map((o) => describe(o)).find((o) => {
        const s = shapeOf(o);
        return s.kind === 'object' && s.fields.every(([key]) => v && typeof v === 'object' && key in v);
      });
      if (!chosen) return '';
      const inner = shapeOf(chosen);
      const parts = inner.kind === 'object' ? inner.fields.map(([key, field]) => value(field, (v as Record<string, unknown>)[key])) : [];
      return `${label(chosen.meta, '')}${translate('estate.policies.words.colon')}${parts.join(', ')}`;
    }
    if (shape.kind === 'list') {
      return Array.isArray(v) && v.length ? v.map((row, i) => rowTitle(row, i)).join(translate('estate.policies.words.and')) : translate('estate.policies.words.none');
    }
    if (shape.kind === 'map') return Object.entries(v as object).map(([key, entry]) => entryTitle(meta, key, entry)).join(translate('estate.policies.words.and'));
    return rowTitle(v, '');
  };

  return { label, duration, due, weekdays, value, rowTitle, entryTitle, pick };
}

export type Words = ReturnType<typeof wordsFor>;

const WordsContext = createContext<Words | null>(null);

/** One set of words for a whole page (a policy's form has hundreds of inputs): the policies' pages provide it. */
export const WordsProvider = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const localized = useLocalized();
  const words = useMemo(() => wordsFor(translate, localized), [translate, localized]);
  return createElement(WordsContext.Provider, { value: words }, children);
};

export const useWords = (): Words => {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords needs a WordsProvider around the page');
  return words;
};
