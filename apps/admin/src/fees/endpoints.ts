import type { Bilingual } from '../common/localized';
import type { AgingBucket, Bill, FeeHousehold, LadderStatus, LadderStep, Payment, PaymentMethod, PaymentReversal } from './types';

/**
 * The answers of the fee endpoints that are not a resource's list or record (read by `queries.ts`):
 * the billing schedule, a household's ledger, a collector's pending cash, the day's reconciliation,
 * the fee figures. Same conventions as `types.ts`.
 */

/** `GET /billing/schedule` (and the answer of pause / unpause). */
export interface BillingSchedule {
  scheduleId: string;
  paused: boolean;
  note: string | null;
  nextRuns: string[];
  recentActions: { scheduledAt: string; startedAt: string; workflowId: string }[];
  description: Bilingual;
}

export interface LadderSummary {
  id: number;
  caseId: number;
  step: LadderStep;
  status: LadderStatus;
  reason: string | null;
  pausedUntil: string | null;
}

/** `GET /households/:id/ledger`. */
export interface Ledger {
  householdId: number;
  billed: number;
  paid: number;
  waived: number;
  outstanding: number;
  credit: number;
  balance: number;
  overdue: number;
  aging: { bucket: AgingBucket; amount: number; bills: number }[];
  bills: Bill[];
  payments: Payment[];
  /** Reversed payments: the receipt, its amount, when, why and who. */
  reversals?: (PaymentReversal & { paymentId: number; receiptNumber: string; amount: number; reversedAt: string })[];
  debitFailures: { id: number; bankRef: string; amount: number; reason: string | null; debitedAt: string }[];
  ladder: LadderSummary | null;
}

/** `GET /cash-handovers/pending`: a collector's cash not handed over yet, for a day. */
export interface PendingCash {
  collectorId: number;
  date: string;
  /** Handovers already recorded for this collector and day. */
  handovers: number;
  receipts: number;
  expectedAmount: number;
  payments: { id: number; receiptNumber: string; amount: number; receivedAt: string; household?: Pick<FeeHousehold, 'name' | 'unit'> }[];
}

/** `GET /cash-handovers/reconciliation`. */
export interface CashReconciliation {
  date: string;
  collectors: {
    collectorId: number;
    displayName: string;
    receipts: number;
    cashAmount: number;
    /** Every cash receipt of the day is in a handover. */
    handedOver: boolean;
    handovers: number;
    countedAmount: number | null;
    difference: number | null;
    /** Cash taken that day and not in a handover yet. */
    notHandedOver: number;
  }[];
  byMethod: { method: PaymentMethod; receipts: number; amount: number }[];
  totalReceived: number;
  cashExpected: number;
  cashCounted: number;
  difference: number;
  /** Cash taken that day and not handed over yet. */
  notHandedOver?: number;
}

export interface FeeFigureLine {
  billed: number;
  collected: number;
  /** collected / billed, 0..1 */
  rate: number | null;
}

/** `GET /fees/figures?from=YYYY-MM&to=YYYY-MM`. */
export interface FeeFigures {
  from: string;
  to: string;
  total: FeeFigureLine;
  periods: (FeeFigureLine & { period: string })[];
  buildings: (FeeFigureLine & { buildingId: number; name: string })[];
  steps: {
    step: LadderStep;
    /** Open ladders at this step now, and their overdue amount. */
    households: number;
    amount: number;
    /** Ladders that ever reached this step, those paid in full at it, and paid / reached (when the API gives them). */
    reached?: number;
    paid?: number;
    rate?: number | null;
  }[];
  /** Overdue bills by age today: how many bills, the households they belong to, and what they owe. */
  aging: { bucket: AgingBucket; bills: number; households: number; amount: number }[];
}
