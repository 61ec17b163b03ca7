import type { Due } from '../core/calendar';
import type { Bilingual } from '../core/types';

/**
 * Every rule of the decoration process, as data (seed 004 §3, seed 003). A manager saves a new version as
 * the `decoration` policy; a running decoration keeps the version it was filed with.
 */
export interface DecorationPolicy {
  /** DEC-2: read to the applicant and the contractor, who both acknowledge them. */
  workingHours: Bilingual;
  prohibitions: Bilingual[];
  /** DEC-6: none waits more than this for its approval (the plan review's deadline, escalating up the chain). */
  approveWithin: Due;
  /** DEC-6: approved within this many minutes of the department's own time counts as "on the spot". */
  onTheSpotMinutes: number;
  /** DEC-4: the garbage clearance fee, and the deposit (0: none) refunded after the acceptance. Yuan. */
  garbageFee: number;
  deposit: number;
  /** DEC-4: the cashier collects the fee (and deposit) within this after the approval. */
  collectWithin: Due;
  /** DEC-5: engineering inspects the works every so often (ISO 8601 duration), each inspection a task. */
  inspectEvery: string;
  inspectWithin: Due;
  /** DEC-5: security's after-hours check every evening at this local time ("HH:MM"), or every so often (tests). */
  afterHours: { at: string } | { every: string };
  afterHoursWithin: Due;
  /** DEC-5: the acknowledgement of the start notice by engineering and security. */
  noticeWithin: Due;
  /** DEC-5: when the permit's days are over and the works are not reported finished, the desk follows up within this. */
  permitEndedWithin?: Due;
  /** DEC-5: the acceptance inspection after the works are finished. */
  acceptWithin: Due;
  escalationFollowUp?: Due;
}

const t = (zh: string, en: string): Bilingual => ({ zh, en });

export const DEFAULT_DECORATION_POLICY: DecorationPolicy = {
  workingHours: t('施工时间：工作日 8:00–12:00、14:00–18:00；周末及节假日不得进行产生噪音的施工。', 'Working hours: weekdays 8:00–12:00 and 14:00–18:00; no noisy work at weekends or on public holidays.'),
  prohibitions: [
    t('不得拆改承重墙、梁、柱等主体结构，不得明显加大楼面荷载。', 'No change to load-bearing walls, beams or columns, and no clear increase of the floor load.'),
    t('不得改动燃气、消防、公共管道及外立面。', 'No change to gas, fire-safety or shared pipes, nor to the facade.'),
    t('装修垃圾袋装，按指定时间、地点堆放清运，不得占用公共通道。', 'Debris is bagged and left only where and when told; shared corridors stay clear.'),
    t('施工人员凭临时出入证进出，不得在室内留宿。', 'Workers come and go with their temporary pass and do not stay overnight.'),
  ],
  approveWithin: { after: 'P3D' },
  onTheSpotMinutes: 120,
  garbageFee: 300,
  deposit: 2000,
  collectWithin: { endOfBusinessDay: true },
  inspectEvery: 'P7D',
  inspectWithin: { after: 'P1D', business: true },
  afterHours: { at: '19:30' },
  afterHoursWithin: { after: 'PT3H' },
  noticeWithin: { endOfBusinessDay: true },
  permitEndedWithin: { endOfBusinessDay: true },
  acceptWithin: { after: 'P3D', business: true },
  escalationFollowUp: { after: 'PT4H', business: true },
};

export const decorationWorkflowId = (caseId: number) => `decoration-${caseId}`;

/** DEC-3: the construction permit of the n-th decoration approved in a year: ZS2026-000012. */
export const permitNumber = (year: number, n: number) => `ZS${year}-${String(n).padStart(6, '0')}`;

/** DEC-2: what needs the housing authority's approval document before the application can be approved. */
export const needsAuthority = (d: { structuralChange: boolean; loadIncrease: boolean }) => d.structuralChange || d.loadIncrease;

export type ApprovalTiming = 'ON_THE_SPOT' | 'WITHIN_3_DAYS' | 'LATE';

/**
 * DEC-6: how quickly the department approved, on its own time (the time waiting for the applicant's
 * documents or the authority's approval taken out).
 */
export function approvalTiming(departmentMs: number, policy: Pick<DecorationPolicy, 'onTheSpotMinutes'>, missedDeadline: boolean): ApprovalTiming {
  if (missedDeadline || departmentMs > 3 * 86_400_000) return 'LATE';
  return departmentMs <= policy.onTheSpotMinutes * 60_000 ? 'ON_THE_SPOT' : 'WITHIN_3_DAYS';
}

/** The next evening check after `now`: today's at the local time, or tomorrow's if it has passed. */
export function nextEvening(now: number, at: string, utcOffsetMinutes = 480): number {
  const [h, m] = at.split(':').map(Number);
  const offset = utcOffsetMinutes * 60_000;
  const localMidnight = Math.floor((now + offset) / 86_400_000) * 86_400_000;
  const today = localMidnight + (h * 60 + m) * 60_000 - offset;
  return today > now ? today : today + 86_400_000;
}

/** An ISO 8601 duration as milliseconds of calendar time. */
export const durationMs = (d: { days: number; ms: number }) => d.days * 86_400_000 + d.ms;
