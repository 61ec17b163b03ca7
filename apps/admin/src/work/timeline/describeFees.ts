import { isObject, text } from './data';
import type { DescribeContext, Described, Tone } from './describe';

interface FeeHelpers {
  ctx: DescribeContext;
  /** Who did it: a staff member's name, or "the system". */
  actor: string;
  enumText: (name: string, value: unknown) => string;
}

/** The entry types the dunning ladder and the fee processes write (FEE-2..6). */
export const FEE_ENTRY_TYPES = [
  'LADDER_STARTED',
  'NOTICE_GIVEN',
  'STEP_CHANGED',
  'REMINDER_DEFERRED',
  'LETTER_POSTED',
  'VISIT_SKIPPED',
  'LADDER_PAUSED',
  'LADDER_RESUMED',
  'LADDER_HELD',
  'DISPUTE_RESOLVED',
  'STEP_SKIPPED',
  'ARREARS_WAIVED',
  'AGREEMENT_MADE',
  'AGREEMENT_BROKEN',
  'AGREEMENT_KEPT',
  'REASON_RECORDED',
  'LEGAL_DECLINED',
  'LEGAL_REFERRED',
  'LADDER_STOPPED',
  'PAYMENT_RECEIVED',
] as const;

/**
 * One translated sentence per fee entry type (`estate.timeline.fees.<TYPE>`), with its details;
 * undefined for a type that is not a fee entry. Managers' decisions (hold, skip, waive) are marked
 * as overrides with their reason, a broken agreement in red.
 */
export const describeFeeEntry = (type: string, data: Record<string, unknown>, { ctx, actor, enumText }: FeeHelpers): Described | undefined => {
  if (!(FEE_ENTRY_TYPES as readonly string[]).includes(type)) return undefined;
  const t = ctx.translate;
  const none = t('estate.common.none');
  const money = (value: unknown) => ctx.formatMoney(value) || none;
  /** A day "YYYY-MM-DD", or an instant. */
  const moment = (value: unknown) => {
    if (!value) return none;
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? ctx.formatDay(value) : ctx.formatDateTime(value);
  };
  const detail = (label: string, value: string) => ({ label: t(`estate.timeline.details.${label}`), value });
  const step = (value: unknown) => enumText('ladderStep', value);
  const reason = text(data.reason) || undefined;
  const say = (args: Record<string, unknown> = {}, extra: Partial<Described> = {}): Described => ({
    text: t(`estate.timeline.fees.${type}`, { actor, ...args }),
    tone: 'default',
    details: [],
    ...extra,
  });
  const override = { tone: 'warning' as Tone, mark: 'estate.timeline.marks.override', reason };
  const until = data.until ? [detail('until', moment(data.until))] : [];

  switch (type) {
    case 'LADDER_STARTED': {
      const periods = Array.isArray(data.periods) ? data.periods.map(ctx.formatPeriod).join(', ') : '';
      return say(
        { amount: money(data.overdueAmount), date: moment(data.oldestDueDate) },
        { tone: 'warning', details: periods ? [detail('periods', periods)] : [] },
      );
    }
    case 'NOTICE_GIVEN':
      // The phone call of FEE-3; its form is in the task's entry.
      return say(
        { outcome: enumText('callOutcome', data.outcome) },
        { details: data.promisedDate ? [detail('promised', moment(data.promisedDate))] : [] },
      );
    case 'STEP_CHANGED':
      return say({ from: step(data.from), to: step(data.to) }, { tone: 'warning' });
    case 'REMINDER_DEFERRED':
      return say({ until: moment(data.until) });
    case 'LETTER_POSTED':
      return say(
        { trackingNumber: text(data.trackingNumber) || none },
        { details: data.postedAt ? [detail('posted_at', moment(data.postedAt))] : [] },
      );
    case 'VISIT_SKIPPED':
      // The only reason the process has: the household does not live in the estate (FEE-5).
      return say({}, { reason: data.reason && data.reason !== 'not-resident' ? reason : undefined });
    case 'LADDER_PAUSED':
      return say(
        { why: enumText('ladderPauseReason', data.reason) },
        { details: [...(data.amount != null ? [detail('amount', money(data.amount))] : []), ...until] },
      );
    case 'LADDER_RESUMED':
      // Released by a manager: the manager's words are in `note`.
      return say(
        { why: enumText('ladderResumeReason', data.reason) },
        { tone: data.reason === 'agreement-broken' ? 'warning' : 'default', reason: text(data.note) || undefined },
      );
    case 'LADDER_HELD':
      if (data.complaintId != null) {
        return say(
          { id: text(data.complaintId) },
          {
            details: until,
            reason,
            link: { to: `/complaints/${text(data.complaintId)}/show`, label: t('estate.timeline.open_complaint') },
          },
        );
      }
      return { ...say({}, { details: until }), ...override, text: t('estate.timeline.fees.LADDER_HELD_BY_MANAGER', { actor }) };
    case 'DISPUTE_RESOLVED':
      return say(
        { id: text(data.complaintId) },
        { link: { to: `/complaints/${text(data.complaintId)}/show`, label: t('estate.timeline.open_complaint') } },
      );
    case 'STEP_SKIPPED':
      return { ...say({ from: step(data.from), to: step(data.to) }), ...override };
    case 'ARREARS_WAIVED':
      return { ...say({ amount: money(data.amount) }), ...override };
    case 'AGREEMENT_MADE': {
      const instalments = (Array.isArray(data.instalments) ? data.instalments : []).filter(isObject);
      const total = instalments.reduce((sum, row) => sum + Math.round(Number(row.amount ?? 0) * 100), 0) / 100;
      return say(
        { smart_count: instalments.length, total: money(total) },
        {
          details: [
            ...instalments.map((row) => ({ label: moment(row.dueDate), value: money(row.amount) })),
            ...(data.note ? [detail('note', text(data.note))] : []),
          ],
        },
      );
    }
    case 'AGREEMENT_BROKEN':
      return say(
        { date: moment(data.dueDate), paid: money(data.paid), expected: money(data.expected) },
        { tone: 'error', mark: 'estate.timeline.marks.agreement_broken' },
      );
    case 'AGREEMENT_KEPT':
      return say({}, { tone: 'success' });
    case 'REASON_RECORDED':
    case 'LEGAL_DECLINED':
      return say({}, { reason });
    case 'LEGAL_REFERRED':
      return say({}, { tone: 'error', reason });
    case 'LADDER_STOPPED':
      return say({ why: enumText('ladderStopReason', data.reason) }, { tone: data.reason === 'paid' ? 'success' : 'default' });
    case 'PAYMENT_RECEIVED':
      return say(
        { amount: money(data.amount), receiptNumber: text(data.receiptNumber) || none },
        {
          tone: 'success',
          link: data.paymentId != null ? { to: `/payments/${text(data.paymentId)}/show`, label: t('estate.timeline.open_payment') } : undefined,
        },
      );
    default:
      return undefined;
  }
};
