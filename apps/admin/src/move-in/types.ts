import type { RaRecord } from 'react-admin';
import type { Checklist } from '../gate/types';

export const STAGES = ['BOOKED', 'IN_PROGRESS', 'WAITING_FOR_DEFECTS', 'DONE'] as const;
export type Stage = (typeof STAGES)[number];
export const APPLICANTS = ['OWNER', 'PROXY', 'COMPANY'] as const;

export interface Bilingual {
  zh: string;
  en: string;
}

/** A move-in as the API sends it (apps/api/src/move-in). */
export interface MoveIn extends RaRecord {
  caseId: number;
  householdId: number;
  household: { id: number; name: string; phone: string; unit: { number: string; building: { id: number; name: string } } };
  applicantKind: string;
  applicantName: string;
  applicantPhone: string;
  appointmentAt: string | null;
  stage: Stage;
  registeredAt: string | null;
  agreements: string[] | null;
  issuedAt: string | null;
  receivedBy: string | null;
  feeReceipt: string | null;
  inspectionId: number | null;
  createdAt: string;
  doneAt: string | null;
  issues: { id: number; kind: string; code: string; labelZh: string; labelEn: string; count: number; receivedBy: string; issuedAt: string }[];
  case: { id: number; status: string; tasks: { id: number; key: string; titleZh: string; titleEn: string; dueAt: string | null }[] } | null;
  checklist?: Checklist;
  policy?: { agreements: { code: string; label: Bilingual }[]; issues: { code: string; kind: string; label: Bilingual; count: number }[] };
}

export interface BoardRow {
  buildingId: number;
  building: string;
  BOOKED: number;
  IN_PROGRESS: number;
  WAITING_FOR_DEFECTS: number;
  DONE: number;
}

export interface DefectFigure {
  category: string;
  nameZh: string;
  nameEn: string;
  found: number;
  signedOff: number;
  open: number;
  averageDaysToSignOff: number | null;
}
