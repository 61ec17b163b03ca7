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
