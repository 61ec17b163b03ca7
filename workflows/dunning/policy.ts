import type { Due } from '../core/calendar';

/**
 * The dunning ladder's steps and intervals as data (the `dunning` policy; seed 004 §2(4) 催缴费用).
 * Waits are ISO 8601 durations in calendar time; task deadlines are `Due`s on the business calendar.
 */
export interface DunningPolicy {
  /** FEE-3: from the day a household is found in arrears to the SMS reminder and phone call. */
  remindAfter: string;
  /** The reminder asks for payment within this many days. */
  payWithinDays: number;
  /** The collector's phone call. */
  callWithin: Due;
  /** FEE-4: unpaid this long after the phone notice, a formal demand letter goes by express mail. */
  letterAfter: string;
  /** The clerk prints, posts, and records the tracking number. */
  postWithin: Due;
  /** FEE-5: unpaid this long after the letter, a household living in the estate gets a home visit. */
  visitAfter: string;
  visitWithin: Due;
  /** FEE-6: unpaid this long after the visit (or the letter), the ladder asks for a legal referral. */
  legalAfter: string;
  decideWithin: Due;
  /** A partial payment pauses the ladder this long. */
  partialPaymentPause: string;
  /** An instalment is broken when still unpaid this long after its date. */
  instalmentGrace: string;
  /** How often a ladder held by a dispute looks at its complaint. */
  disputeRecheck: string;
}

export const DEFAULT_DUNNING_POLICY: DunningPolicy = {
  remindAfter: 'P3D',
  payWithinDays: 7,
  callWithin: { after: 'P2D', business: true },
  letterAfter: 'P90D',
  postWithin: { after: 'P2D', business: true },
  visitAfter: 'P30D',
  visitWithin: { after: 'P5D', business: true },
  legalAfter: 'P90D',
  decideWithin: { after: 'P5D', business: true },
  partialPaymentPause: 'P30D',
  instalmentGrace: 'P3D',
  disputeRecheck: 'PT1H',
};

export const LADDER_STEPS = ['OVERDUE', 'REMINDED', 'LETTER_SENT', 'VISITED', 'LEGAL_REVIEW', 'REFERRED'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];
export type StopReason = 'paid' | 'waived' | 'referred' | 'closed';
