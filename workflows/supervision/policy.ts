import type { Due } from '../core/calendar';

/**
 * REC-4, as data: when the CS supervisor's sign-off of the day's front-desk records is due and who is
 * brought in when it is missed; when an open matter counts as overdue in the weekly summary. A manager
 * saves a new version as the `supervision` policy; a review already open keeps the one it started with.
 */
export interface SupervisionPolicy {
  /** The supervisor signs the day's records off by then (default: the end of that business day). */
  reviewWithin: Due;
  /** After a missed sign-off, how long the office director has before the reminder comes again. */
  escalationFollowUp: Due;
  /**
   * An open matter with no deadline of its own is overdue in the weekly summary once it is older than
   * this (ISO 8601); one with a deadline is overdue once that deadline has passed or escalated.
   */
  staleAfter: string;
}

export const DEFAULT_SUPERVISION_POLICY: SupervisionPolicy = {
  reviewWithin: { endOfBusinessDay: true },
  escalationFollowUp: { after: 'PT4H', business: true },
  staleAfter: 'P7D',
};

/** REC-4: every working day at 17:00 China Standard Time (the Schedule fires daily; a day off is skipped). */
export const FRONT_DESK_REVIEW_SCHEDULE_ID = 'front-desk-review';
/** REC-4: every Monday at 08:00 China Standard Time, the unfinished matters of the week before. */
export const UNFINISHED_SUMMARY_SCHEDULE_ID = 'unfinished-summary';

/** One review per local day: the case's request id, so the Schedule and a run by hand make one review. */
export const reviewRequestId = (day: string) => `front-desk-review:${day}`;

/** The processes by their case's `process` name, as the summary and the landing page name them. */
export const PROCESS_NAMES: Record<string, { zh: string; en: string }> = {
  complaint: { zh: '投诉', en: 'Complaints' },
  repair: { zh: '维修', en: 'Repairs' },
  dunning: { zh: '催缴', en: 'Dunning' },
  'home-collection': { zh: '上门收费', en: 'Home collections' },
  'file-loan': { zh: '档案借阅', en: 'File loans' },
  'front-desk-review': { zh: '前台记录审阅', en: 'Front-desk reviews' },
};

export const processName = (process: string) => PROCESS_NAMES[process] ?? { zh: process, en: process };

/** Age buckets in days, for the summary and the landing page. */
export const AGE_BUCKETS = [
  { key: '0-1', max: 1 },
  { key: '2-3', max: 3 },
  { key: '4-7', max: 7 },
  { key: '8-30', max: 30 },
  { key: '31+', max: Infinity },
] as const;

export const ageBucket = (days: number) => AGE_BUCKETS.find((b) => days <= b.max)!.key;
