import type { RaRecord } from 'react-admin';

export const RELEASE_STATUSES = ['APPLIED', 'ISSUED', 'USED', 'EXPIRED', 'REVOKED'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];
export const APPLICANT_KINDS = ['OWNER', 'PROXY', 'TENANT', 'COMPANY'] as const;
export const CHECK_RESULTS = ['VALID', 'USED', 'NOT_YET_VALID', 'EXPIRED', 'REVOKED', 'STOPPED', 'UNKNOWN'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export interface ChecklistItem {
  id: number;
  code: string;
  labelZh: string;
  labelEn: string;
  required: boolean;
  checkedAt: string | null;
  note: string | null;
  document: { id: number; title: string; fileName: string } | null;
}

export interface Checklist {
  id: number;
  purpose: string;
  applicantKind: string;
  householdId: number;
  completedAt: string | null;
  items: ChecklistItem[];
}

export interface ReleasePass extends RaRecord {
  householdId: number;
  household: { id: number; name: string; unit: { number: string; building: { name: string } } };
  applicantKind: string;
  applicantName: string;
  applicantPhone: string;
  items: { name: string; quantity: number }[];
  vehicle: string | null;
  validFrom: string;
  validTo: string;
  status: ReleaseStatus;
  complete: boolean;
  checklistId: number;
  checklist: Checklist;
  pass: { id: number; number: string; code: string; status: string; usedAt: string | null; revokeReason: string | null } | null;
  createdAt: string;
  issuedAt: string | null;
}

export interface CheckAnswer {
  checkId: number;
  checkedAt: string;
  result: CheckResult;
  markedUsed: boolean;
  pass: {
    id: number;
    kind: string;
    number: string;
    holderName: string;
    summary: string;
    vehicle: string | null;
    validFrom: string;
    validTo: string;
    usedAt: string | null;
    revokeReason: string | null;
    stopReason: string | null;
    /** RELEASE: the release pass behind it (null for a pass issued without one). */
    release: { unit: string; applicantName: string; items: { name: string; quantity: number }[] } | null;
    /** DECORATION_WORKER: the worker (identity number masked) and their decoration's unit and permit. */
    worker: {
      name: string;
      idNumber: string;
      trade: string | null;
      unit: string;
      permitNumber: string | null;
      permitFrom: string | null;
      permitTo: string | null;
    } | null;
  } | null;
}

/** The answer's pass, as checked at the gate. */
export type CheckedPass = NonNullable<CheckAnswer['pass']>;

/** The colour of an answer at the gate: green to let through, red to stop, amber when it is the time. */
export const RESULT_COLOURS: Record<CheckResult, string> = {
  VALID: '#1b7f3b',
  USED: '#b3261e',
  NOT_YET_VALID: '#b26a00',
  EXPIRED: '#b3261e',
  REVOKED: '#b3261e',
  STOPPED: '#b3261e',
  UNKNOWN: '#5f6368',
};

export const STATUS_COLOURS: Record<ReleaseStatus, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  APPLIED: 'warning',
  ISSUED: 'success',
  USED: 'info',
  EXPIRED: 'default',
  REVOKED: 'error',
};

/** A moment in the estate's time (China Standard Time), whatever the browser's zone. */
export const chinaTime = (value: string | Date | null | undefined, locale: string): string => {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
};
