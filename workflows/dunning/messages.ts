import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../core/types';

export interface Instalment {
  /** Local date "YYYY-MM-DD". */
  dueDate: string;
  amount: number;
}

/**
 * A payment, a payment's reversal, a waiver or a new bill changed the household's account: the ladder looks
 * again (a reversal carries `reversedPaymentId`, not `paymentId`, so it is not taken for a payment).
 */
export const arrearsChanged = defineSignal<[{ paymentId?: number; reversedPaymentId?: number; receiptNumber?: string; amount?: number }]>('arrearsChanged');

/** FEE-3: why the household has not paid, as far as staff know. */
export const recordReason = defineUpdate<void, [{ reason: string; actor: Actor }]>('recordReason');
/** An instalment agreement pauses the ladder; a missed instalment resumes it. */
export const agreeInstalments = defineUpdate<void, [{ instalments: Instalment[]; note: string; actor: Actor }]>('agreeInstalments');
/** Seed 003: a household refusing to pay while its complaint is open is held until the complaint is resolved. */
export const holdForDispute = defineUpdate<void, [{ complaintId: number; reason: string; actor: Actor }]>('holdForDispute');
/** Managers: hold (until a date, or until released), release, skip to the next step, waive the arrears. */
export const holdLadder = defineUpdate<void, [{ reason: string; until?: string; actor: Actor }]>('holdLadder');
export const releaseLadder = defineUpdate<void, [{ reason: string; actor: Actor }]>('releaseLadder');
export const skipStep = defineUpdate<void, [{ reason: string; actor: Actor }]>('skipStep');
export const waiveArrears = defineUpdate<void, [{ reason: string; actor: Actor }]>('waiveArrears');
