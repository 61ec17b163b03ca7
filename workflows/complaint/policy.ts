import type { Due } from '../core/calendar';

/** CMP-2, CMP-3, CMP-4: the tiers of seed 004 §4 (重大 / 重要 / 轻微). */
export const TIERS = ['MAJOR', 'IMPORTANT', 'MINOR'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Every duration of the complaint process, as data (defaults from seed 004 §4 and seed 001).
 * A manager saves a new version as the `complaint` policy; a running complaint keeps its own.
 */
export interface ComplaintPolicy {
  major: { directorSameDay: Due; answerWithin: Due; resolveWithin: Due };
  important: { forwardWithin: Due; handleWithin: Due };
  minor: { resolveWithin: Due };
  /** CMP-6: damage still happening is stopped first. */
  stopDamageWithin: Due;
  /** CMP-5: the reception tells the complainant the result the same day. */
  informWithin: Due;
  /** CMP-9: the return visit after resolution, and a new handling deadline when the resident is not satisfied. */
  returnVisitWithin: Due;
  reopenWithin: Due;
  /** CMP-8: unresolved for longer than this, a complaint is on the supervisor's follow-up list (ISO 8601). */
  followUpAfter: string;
  /** After a missed deadline, how long the level brought in has before the next one is (absent: the core's default). */
  escalationFollowUp?: Due;
}

export const DEFAULT_COMPLAINT_POLICY: ComplaintPolicy = {
  // CMP-2: the director has it the same calendar day whatever the hour; the answer and the resolution count working days.
  major: { directorSameDay: { endOfDay: true }, answerWithin: { after: 'P2D', business: true }, resolveWithin: { after: 'P10D', business: true } },
  important: { forwardWithin: { after: 'PT1H' }, handleWithin: { after: 'P3D' } },
  minor: { resolveWithin: { after: 'P2D' } },
  stopDamageWithin: { after: 'PT1H' },
  informWithin: { endOfBusinessDay: true },
  returnVisitWithin: { after: 'P2D' },
  reopenWithin: { after: 'P3D' },
  followUpAfter: 'P7D',
  escalationFollowUp: { after: 'PT4H', business: true },
};

export const complaintWorkflowId = (caseId: number) => `complaint-${caseId}`;

const TIER_NAME: Record<Tier, { zh: string; en: string }> = {
  MAJOR: { zh: '重大投诉', en: 'Major complaint' },
  IMPORTANT: { zh: '重要投诉', en: 'Important complaint' },
  MINOR: { zh: '轻微投诉', en: 'Minor complaint' },
};

/** A complaint case's title: its tier and what it is about; it changes with the tier. */
export const complaintTitle = (tier: Tier, subject: string) => ({ zh: `${TIER_NAME[tier].zh}：${subject}`, en: `${TIER_NAME[tier].en}: ${subject}` });
