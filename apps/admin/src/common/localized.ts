import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { i18nProvider, intlLocale } from '../i18n';

/** A text the API gives in both languages. */
export interface Bilingual {
  zh?: string | null;
  en?: string | null;
}

/** The text in the UI's language, or the other one when that one is empty. */
export const pick = (text: Bilingual | null | undefined, locale: string): string => {
  if (!text) return '';
  const first = locale === 'en' ? text.en : text.zh;
  const second = locale === 'en' ? text.zh : text.en;
  return (first || second || '').toString();
};

/** Cases and tasks carry their title as `titleZh` / `titleEn`. */
export const titleOf = (record: { titleZh?: string | null; titleEn?: string | null } | null | undefined, locale: string) =>
  record ? pick({ zh: record.titleZh, en: record.titleEn }, locale) : '';

/** For `recordRepresentation`, which cannot use hooks: the locale the app currently shows. */
export const currentTitle = (record: { titleZh?: string | null; titleEn?: string | null }) =>
  titleOf(record, i18nProvider.getLocale());

/** The current UI locale with helpers to pick a language and format dates in it. */
export const useLocalized = () => {
  const [locale] = useLocaleState();
  return useMemo(() => localizedFor(locale), [locale]);
};

const localizedFor = (locale: string) => {
  const dateTime = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' });
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
  };
};
