import type { Bilingual } from '../../common/localized';
import type { DeadlineBasis, DeadlineCandidate, DeadlineOnMiss } from './types';

/** What the sentences need: the UI's translate and formatters (the timeline's context has them too). */
export interface DeadlineTextContext {
  translate: (key: string, options?: Record<string, unknown>) => string;
  pick: (text: Bilingual | null | undefined) => string;
  formatDateTime: (value: unknown) => string;
  /** A day off "YYYY-MM-DD", short ("11月28日", "28 Nov"). */
  formatDay: (value: unknown) => string;
  staffName?: (id: number) => string | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const UNITS = [
  ['Y', 'years'],
  ['W', 'weeks'],
  ['D', 'days'],
  ['H', 'hours'],
  ['M', 'minutes'],
  ['S', 'seconds'],
] as const;

/** "P2D" → "2 working days" / "2 个工作日"; "PT4H" → "4 working hours". An unreadable duration: null. */
export const durationText = (duration: unknown, business: boolean, ctx: DeadlineTextContext): string | null => {
  const match = typeof duration === 'string' ? /^P(?:(\d+)Y)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration) : null;
  if (!match) return null;
  const parts = UNITS.flatMap(([, unit], i) => {
    const n = match[i + 1] ? Number(match[i + 1]) : 0;
    return n ? [ctx.translate(`estate.deadlines.units.${business ? 'business' : 'calendar'}.${unit}`, { smart_count: n })] : [];
  });
  return parts.length ? parts.join(ctx.translate('estate.deadlines.and')) : null;
};

/** "skipped 28 Nov, 29 Nov (National Day)": the days off a count in working time went over. */
const skippedText = (basis: DeadlineBasis, ctx: DeadlineTextContext): string | null => {
  const days = (basis.daysOff ?? []).filter((day) => day && typeof day.date === 'string');
  if (!days.length) return null;
  const list = days
    .map((day) => {
      const name = day.holiday ? ctx.pick({ zh: day.nameZh, en: day.nameEn }) : '';
      return name ? ctx.translate('estate.deadlines.day_named', { day: ctx.formatDay(day.date), name }) : ctx.formatDay(day.date);
    })
    .join(ctx.translate('estate.deadlines.list_separator'));
  return ctx.translate('estate.deadlines.skipped', { days: list });
};

/** "complaint policy v3". */
const policyText = (basis: DeadlineBasis, ctx: DeadlineTextContext): string | null => {
  const policy = basis.policy;
  if (!isObject(policy) || policy.version == null) return null;
  const name = ctx.translate(`estate.enums.process.${String(policy.key)}`, { _: '' });
  // Version 0: no version saved yet, the process's built-in policy applied.
  if (Number(policy.version) === 0) return name ? ctx.translate('estate.deadlines.policy_default', { name }) : null;
  return name
    ? ctx.translate('estate.deadlines.policy', { name, version: policy.version })
    : ctx.translate('estate.deadlines.policy_unnamed', { version: policy.version });
};

/**
 * How a deadline was counted, in one sentence: "2 working days from 27 Nov 17:20; skipped 28 Nov,
 * 29 Nov (National Day); complaint policy v3". Never a raw rule name or JSON.
 */
export const basisText = (basis: unknown, ctx: DeadlineTextContext): string => {
  const t = ctx.translate;
  if (!isObject(basis) || typeof basis.rule !== 'string') return t('estate.deadlines.rules.unknown');
  const b = basis as unknown as DeadlineBasis;
  let head: string;
  switch (b.rule) {
    case 'business':
    case 'calendar': {
      const duration = durationText(b.duration, b.rule === 'business', ctx);
      const from = b.from ? ctx.formatDateTime(b.from) : '';
      if (!duration) head = t(`estate.deadlines.rules.${b.rule}_plain`);
      else if (!from) head = t(`estate.deadlines.rules.${b.rule}_no_from`, { duration });
      else head = t(`estate.deadlines.rules.${b.rule}`, { duration, from });
      break;
    }
    case 'end-of-day':
      head = t('estate.deadlines.rules.end_of_day');
      break;
    case 'end-of-business-day':
      head = t('estate.deadlines.rules.end_of_business_day');
      break;
    case 'fixed':
      head = t('estate.deadlines.rules.fixed');
      break;
    case 'recorded':
      head = t('estate.deadlines.rules.recorded');
      break;
    default:
      head = t('estate.deadlines.rules.unknown');
  }
  return [head, skippedText(b, ctx), policyText(b, ctx)].filter(Boolean).join(t('estate.deadlines.clause_separator'));
};

const candidateText = (candidate: DeadlineCandidate, ctx: DeadlineTextContext): string =>
  [
    candidate.role ? ctx.translate(`estate.enums.role.${candidate.role}`, { _: candidate.role }) : null,
    candidate.department ? ctx.translate(`estate.enums.department.${candidate.department}`, { _: candidate.department }) : null,
    candidate.assigneeId != null ? (ctx.staffName?.(Number(candidate.assigneeId)) ?? `#${candidate.assigneeId}`) : null,
  ]
    .filter(Boolean)
    .join(' · ');

/** The levels "next in chain" goes through from where the task stands: staff → CS supervisor → office director. */
export const chainFrom = (role: string | null | undefined): string[] =>
  role === 'OFFICE_DIRECTOR' || role === 'CS_SUPERVISOR' ? ['OFFICE_DIRECTOR'] : ['CS_SUPERVISOR', 'OFFICE_DIRECTOR'];

/**
 * What happens when the deadline passes: "If missed, the next level (CS supervisor → office director)
 * is brought in to follow it up, told by e-mail". `levelRole`: the role the task is at now (the level
 * an escalation brought in, or its candidate's).
 */
export const onMissText = (onMiss: unknown, levelRole: string | null | undefined, ctx: DeadlineTextContext): string | null => {
  if (!isObject(onMiss)) return null;
  const t = ctx.translate;
  const { bringIn, notify } = onMiss as unknown as DeadlineOnMiss;
  const mail = notify ? t('estate.deadlines.on_miss.notify') : '';
  if (bringIn === 'next-in-chain') {
    const chain = chainFrom(levelRole)
      .map((role) => t(`estate.enums.role.${role}`, { _: role }))
      .join(' → ');
    return t('estate.deadlines.on_miss.next_in_chain', { chain }) + mail;
  }
  if (isObject(bringIn)) {
    const who = candidateText(bringIn, ctx);
    if (who) return t('estate.deadlines.on_miss.bring_in', { who }) + mail;
  }
  return notify ? t('estate.deadlines.on_miss.notify_only') : t('estate.deadlines.on_miss.record_only');
};

/** "Moved by Wang Fang on 28 Nov 10:00 (was 11 Dec 17:30): the owners' committee must vote". */
export const movedText = (
  deadline: { movedAt: string | null; movedBy: { displayName: string } | null; moveReason: string | null; originalDueAt: string | null },
  ctx: DeadlineTextContext,
): string | null => {
  if (!deadline.movedAt) return null;
  const t = ctx.translate;
  const who = deadline.movedBy?.displayName || t('estate.timeline.system');
  const sentence = t('estate.deadlines.moved', { who, at: ctx.formatDateTime(deadline.movedAt) });
  const original = deadline.originalDueAt ? t('estate.deadlines.original', { at: ctx.formatDateTime(deadline.originalDueAt) }) : '';
  const reason = deadline.moveReason ? t('estate.deadlines.move_reason', { reason: deadline.moveReason }) : '';
  return sentence + original + reason;
};
