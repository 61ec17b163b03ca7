import { ApplicationFailure } from '@temporalio/workflow';
import { parseDuration } from '../core/calendar';
import type { DeliveryPolicy } from '../core/case';
import type { ErrorType } from '../core/types';
import type { Instalment } from './messages';
import type { DunningPolicy, LadderStep } from './policy';

/** The ladder's state and phases, and the small pure helpers its modules share. */
export const DAY = 86_400_000;
export const CST = 480 * 60_000;

export type Phase = 'waitReminder' | 'remind' | 'waitLetter' | 'letter' | 'waitVisit' | 'visit' | 'waitLegal' | 'legal';
export const WAITS: Phase[] = ['waitReminder', 'waitLetter', 'waitVisit', 'waitLegal'];
export const NEXT_STEP: Record<Phase, LadderStep> = {
  waitReminder: 'REMINDED',
  remind: 'REMINDED',
  waitLetter: 'LETTER_SENT',
  letter: 'LETTER_SENT',
  waitVisit: 'VISITED',
  visit: 'VISITED',
  waitLegal: 'LEGAL_REVIEW',
  legal: 'REFERRED',
};

/** What a ladder carries into its next run (continue-as-new keeps the history small over years). */
export interface LadderState {
  caseId: number;
  ladderId: number;
  policy: DunningPolicy;
  phase: Phase;
  step: LadderStep;
  /** When the current wait ends (a wait phase). */
  nextAt: number;
  noticeAt?: number;
  round: number;
  seq: number;
  deferredUntil?: number;
  pause?: { reason: 'partial-payment' | 'agreement'; until?: number };
  hold?: { reason: string; until?: number; complaintId?: number; checkAt?: number };
  agreement?: { instalments: Instalment[]; madeAt: number; next: number };
  payments: { paymentId?: number; receiptNumber?: string; amount?: number }[];
}

export interface DunningInput {
  householdId: number;
  delivery: DeliveryPolicy;
  /** Continue as new past this many history events (default 2,000). */
  historyLimit?: number;
  resume?: LadderState;
}

export const fail = (type: ErrorType, message: string, field?: string): never => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true, details: field ? [{ field, message }] : undefined });
};
export const ms = (iso: string) => {
  const d = parseDuration(iso);
  return d.days * DAY + d.ms;
};
export const iso = (at: number) => new Date(at).toISOString();
