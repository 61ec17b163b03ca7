import { surveysEn } from '../i18n.en';
import { surveysZh } from '../i18n.zh';

export type Lang = 'zh' | 'en';
type AnswerTexts = typeof surveysEn.estate.surveys.answer;

/**
 * The answer page's texts in the language the resident picked on the page (Chinese first), from the area's
 * messages: the page lives outside the signed-in back office and does not change the staff's language.
 */
export const answerTexts = (lang: Lang): AnswerTexts => (lang === 'en' ? surveysEn : surveysZh).estate.surveys.answer as AnswerTexts;
export const yesNo = (lang: Lang) => {
  const s = (lang === 'en' ? surveysEn : surveysZh).estate.surveys;
  return { yes: s.yes, no: s.no, hint: s.rating_hint };
};

/** The link's end in China time, as the resident reads it. */
export const localTime = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
