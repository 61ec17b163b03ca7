import type { Checklist } from '../gate/types';

export const DECORATION_STATUSES = ['DOCUMENTS', 'REVIEW', 'ACTIVE', 'STOPPED', 'ACCEPTANCE', 'COMPLETED', 'REFUSED'] as const;
export type DecorationStatus = (typeof DECORATION_STATUSES)[number];

export interface DecorationWorker {
  id: number;
  name: string;
  /** Masked unless read in full on demand. */
  idNumber: string;
  phone: string | null;
  trade: string | null;
  pass: { id: number; number: string; code: string; status: string; validFrom: string; validTo: string; stoppedAt: string | null; stopReason: string | null; liftedAt: string | null } | null;
}

export interface DecorationViolation {
  id: number;
  notes: string;
  attachmentIds: number[];
  foundAt: string;
  liftedAt: string | null;
  liftReason: string | null;
}

export interface Decoration {
  id: number;
  householdId: number;
  household: { id: number; name: string; unit: { number: string; building: { id: number; name: string } } };
  caseId: number | null;
  status: DecorationStatus;
  applicantKind: string;
  applicantName: string;
  applicantPhone: string;
  contractorName: string;
  contractorPhone: string;
  plan: string;
  structuralChange: boolean;
  loadIncrease: boolean;
  worksFrom: string;
  worksTo: string;
  checklist: Checklist;
  complete: boolean;
  filedAt: string | null;
  approvedAt: string | null;
  waitingFor: string | null;
  applicantMs: number;
  departmentMs: number | null;
  timing: 'ON_THE_SPOT' | 'WITHIN_3_DAYS' | 'LATE' | null;
  planReviewNote: string | null;
  refusalReason: string | null;
  permitNumber: string | null;
  permitFrom: string | null;
  permitTo: string | null;
  feeAmount: number | null;
  depositAmount: number | null;
  deposit: 'NONE' | 'DUE' | 'HELD' | 'REFUNDED' | 'KEPT';
  depositReason: string | null;
  collectedAt: string | null;
  acceptanceNote: string | null;
  completedAt: string | null;
  createdAt: string;
  workers: DecorationWorker[];
  violations: DecorationViolation[];
  /** DEC-5: the acceptance inspection (the inspection core's), once the works are finished. */
  acceptance?: { id: number; status: string } | null;
}

export interface DecorationRules {
  version: number;
  workingHours: { zh: string; en: string };
  prohibitions: { zh: string; en: string }[];
  garbageFee: number;
  deposit: number;
}

export interface DecorationFigures {
  applications: number;
  byStatus: Record<string, number>;
  approved: number;
  timing: { ON_THE_SPOT: number; WITHIN_3_DAYS: number; LATE: number };
  averageDepartmentHours: number | null;
  averageApplicantHours: number | null;
  violations: number;
  stopsLifted: number;
  stoppedNow: number;
  activeByBuilding: { buildingId: number; building: string; active: number; stopped: number }[];
  gateChecks: number;
  gateChecksByResult: Record<string, number>;
}

/** Hours, one decimal, from milliseconds. */
export const hours = (ms: number | null | undefined) => (ms === null || ms === undefined ? '—' : (Math.round(ms / 360_000) / 10).toFixed(1));

/** The status as staff read it; an approved application whose fee is not yet collected says so. */
export const statusKey = (r: Pick<Decoration, 'status' | 'permitNumber' | 'collectedAt' | 'waitingFor'>) =>
  r.status === 'REVIEW' && r.permitNumber && !r.collectedAt ? 'FEES_DUE' : r.status === 'REVIEW' && r.waitingFor === 'AUTHORITY' ? 'WAITING_AUTHORITY' : r.status;
