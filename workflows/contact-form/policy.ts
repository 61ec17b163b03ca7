import type { Due } from '../core/calendar';

/** REC-5: the durations of a work contact form (工作联系单), as data (the `contact-form` policy). */
export interface ContactFormPolicy {
  /** The receiving department acknowledges it within this. */
  acknowledgeWithin: Due;
  /** It replies within this, when the form names no date of its own. */
  replyWithin: Due;
  /** After a missed deadline, how long the level brought in has before the next one is. */
  escalationFollowUp?: Due;
}

export const DEFAULT_CONTACT_FORM_POLICY: ContactFormPolicy = {
  acknowledgeWithin: { after: 'PT4H', business: true },
  replyWithin: { after: 'P2D', business: true },
  escalationFollowUp: { after: 'PT4H', business: true },
};

export const contactFormWorkflowId = (caseId: number) => `contact-form-${caseId}`;

/** Numbered in time order per year: LXD2026-0001. */
export const contactFormNumber = (year: number, n: number) => `LXD${year}-${String(n).padStart(4, '0')}`;

export const contactFormTitle = (number: string, subject: string) => ({ zh: `工作联系单 ${number}：${subject}`, en: `Work contact form ${number}: ${subject}` });
