import type { Due } from '../core/calendar';

/**
 * REC-2: the durations of a specialist question, as data (a `reception` policy version; a running question
 * keeps its own). The time promised to the resident is given at the desk for each question.
 */
export interface ReceptionPolicy {
  /** When the desk promises nothing particular: the answer is promised within this. */
  defaultPromise: Due;
  /** Once the specialist has answered after the promised time: how long the desk has to tell the resident. */
  tellWithin: Due;
  /** After a missed deadline, how long the level brought in has before the next one is. */
  escalationFollowUp?: Due;
}

export const DEFAULT_RECEPTION_POLICY: ReceptionPolicy = {
  defaultPromise: { after: 'P1D', business: true },
  tellWithin: { after: 'PT2H', business: true },
  escalationFollowUp: { after: 'PT4H', business: true },
};

export const specialistQuestionWorkflowId = (caseId: number) => `specialist-question-${caseId}`;

export const specialistTitle = (question: string) => {
  const short = question.length > 40 ? `${question.slice(0, 40)}…` : question;
  return { zh: `专业咨询：${short}`, en: `Specialist question: ${short}` };
};
