import type { RaRecord } from 'react-admin';
import type { StaffRef } from '../work/tasks/types';

/**
 * The fee API's records (FEE-1..8), as the contract of the fees API describes them, and the bodies
 * of its writes; the answers of its other endpoints are in `endpoints.ts`. Money is a number of
 * yuan with two decimals; days are "YYYY-MM-DD" (China Standard Time), periods "YYYY-MM", instants
 * ISO strings.
 */

export type ChargeBasis = 'AREA' | 'FIXED' | 'METERED';
export type BillStatus = 'OPEN' | 'PAID' | 'WAIVED';
export type PaymentMethod = 'CASH' | 'CARD' | 'TRANSFER' | 'BANK_DEBIT';
export type PaymentChannel = 'COUNTER' | 'HOME' | 'BANK';
export type LadderStep = 'OVERDUE' | 'REMINDED' | 'LETTER_SENT' | 'VISITED' | 'LEGAL_REVIEW' | 'REFERRED';
export type LadderStatus = 'ACTIVE' | 'PAUSED' | 'HELD' | 'STOPPED';
export type AgingBucket = '0-30' | '31-90' | '91-180' | '181+';

/** A household as the fee records embed it. */
export interface FeeHousehold {
  id: number;
  name: string;
  phone?: string | null;
  unit?: { number: string; building?: { name: string } | null } | null;
}

export interface ChargeItem extends RaRecord {
  code: string;
  nameZh: string;
  nameEn: string;
  basis: ChargeBasis;
  rate: number;
  custodyReduced: boolean;
  active: boolean;
  sortOrder: number;
}

export interface MeterReading extends RaRecord {
  unitId: number;
  unit?: { id: number; number: string };
  chargeItemId: number;
  chargeItem?: { id: number; code: string; nameZh: string; nameEn: string };
  period: string;
  quantity: number;
  createdAt: string;
}

export interface BillingRun extends RaRecord {
  period: string;
  trigger: 'SCHEDULE' | 'MANUAL';
  workflowId: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  startedAt: string;
  finishedAt: string | null;
  households: number;
  billsIssued: number;
  noticesQueued: number;
  amountIssued: number;
  startedBy: StaffRef | null;
  error: string | null;
}

export interface BillLine {
  code: string;
  nameZh: string;
  nameEn: string;
  basis: ChargeBasis;
  quantity: number;
  rate: number;
  /** 0.7 for the property fee of a unit in custody (FEE-8), otherwise 1. */
  ratio: number;
  amount: number;
}

export interface Bill extends RaRecord {
  number: string;
  householdId: number;
  household?: FeeHousehold;
  unitId: number;
  period: string;
  issuedAt: string;
  dueDate: string;
  amount: number;
  paid: number;
  waived: number;
  outstanding: number;
  status: BillStatus;
  overdue: boolean;
  runId: number | null;
  noticeId: number | null;
  /** `GET /bills/:id` only. */
  lines?: BillLine[];
  allocations?: { paymentId: number; receiptNumber: string; amount: number; receivedAt: string }[];
  notice?: { id: number; channel: string; status: string } | null;
}

export interface Payment extends RaRecord {
  receiptNumber: string;
  householdId: number;
  household?: FeeHousehold;
  amount: number;
  method: PaymentMethod;
  channel: PaymentChannel;
  reference: string | null;
  note: string | null;
  collectorId: number | null;
  collector: StaffRef | null;
  receivedAt: string;
  handoverId: number | null;
  caseId: number | null;
  /** Not allocated to a bill: the household's credit. */
  unallocated: number;
  /** `GET /payments/:id` only; a reversal's allocations are negative. */
  allocations?: { billId: number; billNumber: string; period: string; amount: number }[];
  /** A reversed payment keeps its number; its reversal says why and who. */
  reversedAt?: string | null;
  reversal?: PaymentReversal | null;
}

/** What `POST /payments` accepts. */
export interface PaymentBody {
  householdId: number;
  amount: number;
  method: 'CASH' | 'CARD' | 'TRANSFER';
  allocations?: { billId: number; amount: number }[];
  reference?: string;
  note?: string;
  requestId?: string;
}

export interface DebitImport extends RaRecord {
  fileName: string;
  importedAt: string;
  lines: number;
  succeeded: number;
  failed: number;
  amount: number;
  importedBy?: StaffRef | null;
}

export interface DebitResult extends RaRecord {
  importId: number;
  line: number;
  bankRef: string;
  householdId: number;
  household?: FeeHousehold;
  amount: number;
  succeeded: boolean;
  reason: string | null;
  debitedAt: string;
  paymentId: number | null;
}

export interface CashHandover extends RaRecord {
  collectorId: number;
  collector?: StaffRef;
  receivedById: number;
  receivedBy?: StaffRef;
  date: string;
  receipts: number;
  expectedAmount: number;
  countedAmount: number;
  /** counted − expected */
  difference: number;
  note: string | null;
  createdAt: string;
}

export interface Instalment {
  dueDate: string;
  amount: number;
}

export interface DunningLadder extends RaRecord {
  householdId: number;
  household?: FeeHousehold;
  caseId: number;
  workflowId: string;
  step: LadderStep;
  status: LadderStatus;
  reason: string | null;
  promisedDate: string | null;
  pauseReason: string | null;
  pausedUntil: string | null;
  holdComplaintId: number | null;
  agreement: { instalments: Instalment[]; note: string | null; madeAt: string } | null;
  overdueAmount: number;
  oldestDueDate: string | null;
  ageDays: number;
  noticeAt: string | null;
  letterMessageId: number | null;
  bundleDocumentId: number | null;
  startedAt: string;
  stepAt: string;
  stoppedAt: string | null;
  stopReason: 'paid' | 'waived' | 'referred' | 'closed' | null;
}

/** The actions on a ladder, `POST /dunning-ladders/:id/<action>`, with their bodies. */
export interface LadderActions {
  reason: { reason: string };
  agreement: { instalments: Instalment[]; note: string };
  dispute: { complaintId: number; reason: string };
  hold: { reason: string; until?: string };
  release: { reason: string };
  skip: { reason: string };
  waive: { reason: string };
}

export type ApprovalKind = 'PAYMENT_REVERSAL' | 'WAIVER' | 'BANK_DEBIT_IMPORT';
export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export interface ApprovalPerson {
  id: number;
  displayName: string;
  role?: string;
}

/** Money that needs two people (`GET /approvals`): asked for by one, approved or rejected by a person of another role. */
export interface Approval extends RaRecord {
  kind: ApprovalKind;
  status: ApprovalStatus;
  householdId: number | null;
  amount: number | null;
  reason: string;
  /** What the list shows of the request: the receipt, the ladder, the file and its counts; the requester's role. */
  params: {
    paymentId?: number;
    receiptNumber?: string;
    ladderId?: number;
    household?: { name?: string; unit?: string };
    fileName?: string;
    lines?: number;
    succeeded?: number;
    failed?: number;
    requesterRole?: string;
  };
  requestedBy: ApprovalPerson;
  requestedAt: string;
  decidedBy: ApprovalPerson | null;
  decidedAt: string | null;
  decisionNote: string | null;
  postedAt: string | null;
}

/** A payment's reversal as the payment shows it. */
export interface PaymentReversal {
  approvalId: number;
  reason: string;
  requestedAt: string;
  approvedAt: string | null;
  requestedBy: ApprovalPerson;
  approvedBy: ApprovalPerson | null;
}
