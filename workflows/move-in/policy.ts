import type { Due } from '../core/calendar';
import type { Bilingual } from '../core/types';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/** MOV-3: one kind of thing handed over: a key (by kind, with its usual count), the handbook, a diagram. */
export interface IssueItem {
  code: string;
  kind: 'KEY' | 'HANDBOOK' | 'DIAGRAM';
  label: Bilingual;
  /** The count usually handed over (a key's copies); staff may change it. */
  count: number;
}

/**
 * Every rule of the move-in process as data (seed 004 §1 ①–⑦): the deadlines of each step, the agreements the
 * owner signs (MOV-2), what is handed over (MOV-3) and the property fee due at move-in (MOV-4). A manager saves a
 * new version as the `move-in` policy; a running case keeps its own.
 */
export interface MoveInPolicy {
  /** MOV-1..MOV-5 at the desk and in the flat: each step's deadline from when it opens. */
  documentsWithin: Due;
  registrationWithin: Due;
  issueWithin: Due;
  feeWithin: Due;
  inspectionWithin: Due;
  /** MOV-6: maintenance rectifies and re-checks the defects of a round. */
  recheckWithin: Due;
  /** MOV-6: customer service calls the owner for the re-inspection appointment. */
  callOwnerWithin: Due;
  /** The agreements signed at move-in (codes are what the registration records). */
  agreements: { code: string; label: Bilingual }[];
  issues: IssueItem[];
  /** MOV-4: months of the property fee collected at move-in (the `PROPERTY` charge item's rate × area). */
  feeMonths: number;
  /** Per m² per month when no `PROPERTY` charge item is on file. */
  feeRatePerSqm: number;
  escalationFollowUp?: Due;
}

export const DEFAULT_MOVE_IN_POLICY: MoveInPolicy = {
  documentsWithin: { endOfBusinessDay: true },
  registrationWithin: { endOfBusinessDay: true },
  issueWithin: { endOfBusinessDay: true },
  feeWithin: { endOfBusinessDay: true },
  inspectionWithin: { after: 'P1D', business: true },
  recheckWithin: { after: 'P7D' },
  callOwnerWithin: { after: 'P1D', business: true },
  agreements: [
    { code: 'MANAGEMENT_AGREEMENT', label: t('前期物业服务协议', 'Preliminary property management agreement') },
    { code: 'RESIDENT_COVENANT', label: t('临时管理规约', 'Interim residents’ covenant') },
    { code: 'DECORATION_NOTICE', label: t('装修管理须知', 'Decoration rules') },
  ],
  issues: [
    { code: 'KEY_DOOR', kind: 'KEY', label: t('入户门钥匙', 'Front door key'), count: 3 },
    { code: 'KEY_MAILBOX', kind: 'KEY', label: t('信报箱钥匙', 'Mailbox key'), count: 2 },
    { code: 'KEY_ACCESS_CARD', kind: 'KEY', label: t('门禁卡', 'Access card'), count: 2 },
    { code: 'HANDBOOK', kind: 'HANDBOOK', label: t('住户手册', 'Resident handbook'), count: 1 },
    { code: 'WATER_DIAGRAM', kind: 'DIAGRAM', label: t('给排水线路图', 'Water supply and drainage diagram'), count: 1 },
    { code: 'ELECTRICITY_DIAGRAM', kind: 'DIAGRAM', label: t('电气线路图', 'Electrical wiring diagram'), count: 1 },
  ],
  feeMonths: 3,
  feeRatePerSqm: 1.8,
  escalationFollowUp: { after: 'PT4H', business: true },
};

export const moveInWorkflowId = (caseId: number) => `move-in-${caseId}`;

/** The case's title: who moves into which unit. */
export const moveInTitle = (location: string, name: string): Bilingual => ({ zh: `入住：${location} ${name}`, en: `Move-in: ${location} ${name}` });

/** MOV-4: the fee at move-in, `RZ<year>-<move-in no.>` on the household's ledger. */
export const moveInFeeReference = (year: number, moveInId: number) => `RZ${year}-${String(moveInId).padStart(6, '0')}`;

/** The steps a task must have done before the process goes on (checked against the record when the task completes). */
export type MoveInStep = 'documents' | 'registration' | 'issue' | 'inspection' | 'recheck';
