import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import en from './en';
import zh from './zh';
import { store } from '../store';

export type AppLocale = 'zh' | 'en';

/** The languages offered by the switch in the app bar, each named in its own language. */
export const LOCALES: { locale: AppLocale; name: string }[] = [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
];

/** Staff read Chinese: it is the default whenever nothing says otherwise. */
export const DEFAULT_LOCALE: AppLocale = 'zh';

/**
 * The language a user picked with the language switch. Kept outside react-admin's store
 * (which is emptied on logout) because it is a preference of this browser, not of a session.
 */
const CHOICE_KEY = 'estateDesk.locale';

export const isAppLocale = (value: unknown): value is AppLocale => value === 'zh' || value === 'en';

export const getChosenLocale = (): AppLocale | null => {
  try {
    const value = window.localStorage.getItem(CHOICE_KEY);
    return isAppLocale(value) ? value : null;
  } catch {
    return null;
  }
};

export const rememberChosenLocale = (locale: AppLocale): void => {
  try {
    window.localStorage.setItem(CHOICE_KEY, locale);
  } catch {
    // private mode without storage: the choice lasts for this page only
  }
};

/** The first Chinese or English entry of the browser's preferred languages, if any. */
export const browserLocale = (): AppLocale | null => {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  for (const tag of preferred) {
    const primary = tag?.toLowerCase().split('-')[0];
    if (isAppLocale(primary)) return primary;
  }
  return null;
};

/**
 * The locale the app opens with:
 * 1. the language the user picked with the switch (remembered in this browser);
 * 2. the language of the current session (set at login from the staff member's profile);
 * 3. the browser's preferred language, when it is Chinese or English;
 * 4. Chinese.
 */
export const resolveInitialLocale = (): AppLocale => {
  const sessionLocale = store.getItem<string>('locale');
  return getChosenLocale() ?? (isAppLocale(sessionLocale) ? sessionLocale : null) ?? browserLocale() ?? DEFAULT_LOCALE;
};

/**
 * At login: the staff member's own language becomes the UI language, unless the user has
 * already chosen one with the switch. Setting react-admin's `locale` store key is what
 * re-renders the app in the new language.
 */
export const applyLoginLocale = (staffLanguage: unknown): void => {
  const locale = getChosenLocale() ?? (isAppLocale(staffLanguage) ? staffLanguage : null);
  if (locale) store.setItem('locale', locale);
};

const htmlLang = (locale: string) => (locale === 'en' ? 'en' : 'zh-CN');

/** BCP 47 tag for dates and numbers in the current UI language. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : 'zh-CN');

const createI18nProvider = (): I18nProvider => {
  const initial = resolveInitialLocale();
  const provider = polyglotI18nProvider((locale) => (locale === 'en' ? en : zh), initial, LOCALES);
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(initial);
  return {
    ...provider,
    changeLocale: async (locale, options) => {
      await provider.changeLocale(locale, options);
      document.documentElement.lang = htmlLang(locale);
    },
  };
};

export const i18nProvider = createI18nProvider();
