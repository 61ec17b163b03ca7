import type { Due } from '../core/calendar';
import type { Bilingual } from '../core/types';

/** SAT-1: what a question asks for. */
export type QuestionKind = 'RATING' | 'YES_NO' | 'CHOICE' | 'TEXT';

/**
 * The service a question rates, so that answers add up to the rates per channel of seed 003 (reception,
 * telephone service, return visits) and the department's other services.
 */
export const TOPICS = ['RECEPTION', 'PHONE', 'RETURN_VISIT', 'REPAIR', 'CLEANING', 'SECURITY', 'GREENING', 'OVERALL'] as const;
export type Topic = (typeof TOPICS)[number];

export interface QuestionOption {
  value: string;
  label: Bilingual;
  /** A choice that counts as satisfied in the rates. */
  satisfied?: boolean;
}

/** One question of a questionnaire, as data. */
export interface Question {
  id: string;
  kind: QuestionKind;
  text: Bilingual;
  /** Counted in the satisfaction rate of this service (RATING, YES_NO, CHOICE). */
  topic?: Topic;
  required?: boolean;
  options?: QuestionOption[];
}

export type AnswerValue = number | boolean | string;
export interface Answer {
  questionId: string;
  value: AnswerValue;
}

/** The rules of surveys, as data (the `survey` policy; a running campaign keeps its own version). */
export interface SurveyPolicy {
  /** How long a link sent by SMS can be answered (ISO 8601 duration, calendar time). */
  linkValidFor: string;
  /** Unanswered links get one reminder this long after they were sent; null: no reminder. */
  remindAfter: string | null;
  /** The public answer page; the link is this followed by the token. */
  answerLinkBase: string;
  /** A rating of this or more (of 5) counts as satisfied. */
  satisfiedFrom: number;
  /** A campaign by visit, phone or paper form: the commissioners survey its households within this. */
  surveyWithin: Due;
  escalationFollowUp?: Due;
}

export const DEFAULT_SURVEY_POLICY: SurveyPolicy = {
  linkValidFor: 'P14D',
  remindAfter: 'P3D',
  answerLinkBase: 'http://127.0.0.1:5173/#/survey/',
  satisfiedFrom: 4,
  surveyWithin: { after: 'P14D' },
  escalationFollowUp: { after: 'PT4H', business: true },
};

export const surveyWorkflowId = (caseId: number) => `survey-${caseId}`;

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/** The questionnaire a new installation starts with: the three channels of seed 003 and the rest of the service. */
export const DEFAULT_QUESTIONNAIRE: { key: string; title: Bilingual; questions: Question[] } = {
  key: 'resident-satisfaction',
  title: t('物业服务满意度调查', 'Property service satisfaction survey'),
  questions: [
    { id: 'reception', kind: 'RATING', topic: 'RECEPTION', required: true, text: t('您对客服前台接待工作是否满意？', 'How satisfied are you with the front desk reception?') },
    { id: 'phone', kind: 'RATING', topic: 'PHONE', required: true, text: t('您对客服电话服务是否满意？', 'How satisfied are you with the telephone service?') },
    { id: 'return-visit', kind: 'RATING', topic: 'RETURN_VISIT', required: true, text: t('您对投诉、报修后的回访是否满意？', 'How satisfied are you with our return visits after complaints and repairs?') },
    { id: 'cleaning', kind: 'YES_NO', topic: 'CLEANING', text: t('楼道和大堂是否保持清洁？', 'Are the corridors and the lobby kept clean?') },
    {
      id: 'best',
      kind: 'CHOICE',
      text: t('您最希望我们改进哪一方面？', 'What would you most like us to improve?'),
      options: [
        { value: 'SECURITY', label: t('安全秩序', 'Security') },
        { value: 'CLEANING', label: t('环境卫生', 'Cleaning') },
        { value: 'GREENING', label: t('绿化', 'Greening') },
        { value: 'REPAIRS', label: t('维修', 'Repairs') },
      ],
    },
    { id: 'suggestions', kind: 'TEXT', text: t('您的意见和建议', 'Your opinions and suggestions') },
  ],
};

/**
 * Whether an answer counts as satisfied in the rates: a rating of `satisfiedFrom` or more, yes, or a choice
 * marked satisfied. Null: the answer is not a rating (free text, a question without a topic).
 */
export function isSatisfied(question: Question, value: AnswerValue, satisfiedFrom: number): boolean | null {
  if (!question.topic) return null;
  switch (question.kind) {
    case 'RATING':
      return typeof value === 'number' ? value >= satisfiedFrom : null;
    case 'YES_NO':
      return typeof value === 'boolean' ? value : null;
    case 'CHOICE':
      return question.options?.find((o) => o.value === value)?.satisfied === true;
    default:
      return null;
  }
}

/**
 * Checks the answers against the questions: every required question answered, each value of its kind.
 * Returns the problems as [field, message], none when the answers are complete.
 */
export function checkAnswers(questions: Question[], answers: Answer[]): [string, string][] {
  const problems: [string, string][] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const q = byId.get(a.questionId);
    if (!q) return void problems.push([`answers.${i}.questionId`, `is not a question of this questionnaire`]);
    if (seen.has(q.id)) return void problems.push([`answers.${i}.questionId`, `answers the same question twice`]);
    seen.add(q.id);
    const v = a.value;
    if (q.kind === 'RATING' && !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5)) problems.push([`answers.${i}.value`, 'must be a rating from 1 to 5']);
    if (q.kind === 'YES_NO' && typeof v !== 'boolean') problems.push([`answers.${i}.value`, 'must be yes or no (true or false)']);
    if (q.kind === 'CHOICE' && !q.options?.some((o) => o.value === v)) problems.push([`answers.${i}.value`, 'must be one of the choices']);
    if (q.kind === 'TEXT' && !(typeof v === 'string' && v.length <= 2000)) problems.push([`answers.${i}.value`, 'must be text of at most 2000 characters']);
  });
  for (const q of questions) if (q.required && !seen.has(q.id)) problems.push(['answers', `the question "${q.id}" must be answered`]);
  return problems;
}
