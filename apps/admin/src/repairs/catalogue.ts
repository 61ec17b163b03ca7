import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { pick } from '../common/localized';
import { ESTATE_ZONE } from './types';
import { repairsApi } from './api';
import { intlLocale } from '../i18n';

/** The categories and the price list of the repair policy in force (`GET /repairs/catalogue`), read once a session. */
export const useCatalogue = () =>
  useQuery({ queryKey: ['repairs', 'catalogue'], queryFn: () => repairsApi.catalogue(), staleTime: 10 * 60_000 });

/**
 * Categories and price items by their names in the UI's language. A code the catalogue no longer has (an
 * older policy) is shown as it is rather than hidden; while the catalogue loads, nothing is shown.
 */
export const useRepairNames = () => {
  const { data } = useCatalogue();
  const [locale] = useLocaleState();
  return useMemo(() => {
    const categories = new Map((data?.categories ?? []).map((c) => [c.code, c]));
    const prices = new Map((data?.priceList ?? []).map((p) => [p.code, p]));
    return {
      loaded: data !== undefined,
      category: (code: string | null | undefined) => (code ? (categories.has(code) ? pick(categories.get(code)!.name, locale) : data ? code : '') : ''),
      priceItem: (code: string | null | undefined) => (code ? (prices.has(code) ? pick(prices.get(code)!.name, locale) : data ? code : '') : ''),
      categoryChoices: (data?.categories ?? []).map((c) => ({ id: c.code, name: pick(c.name, locale) })),
    };
  }, [data, locale]);
};

/**
 * Times of the estate (China Standard Time), whatever the browser's zone: the resident's windows and the
 * appointment are agreed in the estate's clock. "1 Dec 2026, 09:00–11:00"; a window over midnight shows both days.
 */
export const useWindowText = () => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const tag = intlLocale(locale);
    const day = new Intl.DateTimeFormat(tag, { timeZone: ESTATE_ZONE, dateStyle: 'medium' });
    const time = new Intl.DateTimeFormat(tag, { timeZone: ESTATE_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const valid = (value: unknown) => value != null && value !== '' && !Number.isNaN(new Date(String(value)).getTime());
    return (from: unknown, to: unknown): string => {
      if (!valid(from)) return '';
      const start = new Date(String(from));
      if (!valid(to)) return `${day.format(start)} ${time.format(start)}`;
      const end = new Date(String(to));
      const sameDay = day.format(start) === day.format(end);
      return `${day.format(start)} ${time.format(start)}–${sameDay ? '' : `${day.format(end)} `}${time.format(end)}`;
    };
  }, [locale]);
};
