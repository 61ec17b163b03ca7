import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { i18nProvider, intlLocale } from '../i18n';
import { pick, titleOf, type Bilingual } from './bilingual';

export { pick, titleOf, type Bilingual } from './bilingual';

/** For `recordRepresentation`, which cannot use hooks: the locale the app currently shows. */
export const currentTitle = (record: { titleZh?: string | null; titleEn?: string | null }) =>
  titleOf(record, i18nProvider.getLocale());

/** A record named `nameZh` / `nameEn` (charge items), for `recordRepresentation`. */
export const currentName = (record: { nameZh?: string | null; nameEn?: string | null; code?: string | null }) =>
  pick({ zh: record.nameZh, en: record.nameEn }, i18nProvider.getLocale()) || (record.code ?? '');

/** The current UI locale with helpers to pick a language and format dates in it. */
export const useLocalized = () => {
  const [locale] = useLocaleState();
  return useMemo(() => localizedFor(locale), [locale]);
};

const isNumber = (value: unknown) => value != null && value !== '' && !Number.isNaN(Number(value));

const localizedFor = (locale: string) => {
  const tag = intlLocale(locale);
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(tag);
  return {
    locale,
    pick: (text: Bilingual | null | undefined) => pick(text, locale),
    title: (record: { titleZh?: string | null; titleEn?: string | null } | null | undefined) => titleOf(record, locale),
    /** "4 Jan 2024, 10:00"; an unreadable value is shown as it is. */
    formatDateTime: (value: unknown): string => {
      if (value == null || value === '') return '';
      const parsed = new Date(value as string);
      return Number.isNaN(parsed.getTime()) ? String(value) : dateTime.format(parsed);
    },
    /** A calendar day "YYYY-MM-DD", never shifted by the time zone. */
    formatDay: (value: unknown): string => {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return value == null ? '' : String(value);
      return date.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
    },
    /** A billing period "YYYY-MM" as a month ("January 2026", "2026年1月"). */
    formatPeriod: (value: unknown): string => {
      const match = typeof value === 'string' ? /^(\d{4})-(\d{2})$/.exec(value) : null;
      return match ? month.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))) : String(value ?? '');
    },
    /** Yuan: "¥1,234.50". */
    formatMoney: (value: unknown): string => (isNumber(value) ? money.format(Number(value)) : ''),
    /** A rate from 0 to 1: "87.5%". */
    formatPercent: (value: unknown): string => (isNumber(value) ? percent.format(Number(value)) : ''),
    formatCount: (value: unknown): string => count.format(Number(value ?? 0)),
  };
};
