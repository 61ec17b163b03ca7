import type { Bilingual } from '../../common/localized';
import { basisText } from '../tasks/deadlineText';
import type { FormFieldDef } from '../tasks/types';
import { isObject, text } from './data';
import { describeFeeEntry } from './describeFees';
import { describeNoteEntry } from './describeNotes';
import { describeOtherEntry } from './describeOthers';
import { describeRepairEntry } from './describeRepairs';
import { describeDecorationEntry } from '../../decoration/timeline';
import type { CandidateData, TimelineEntry } from './types';

/** How an entry stands out: escalations, missed deadlines and failures in red, overrides in amber. */
export type Tone = 'default' | 'error' | 'warning' | 'success';

export interface Described {
  /** The sentence, already translated. */
  text: string;
  tone: Tone;
  /** A translation key for a chip that marks the entry (escalated, deadline missed, override). */
  mark?: string;
  details: { label: string; value: string }[];
  reason?: string;
  formData?: { form: FormFieldDef[] | null; data: Record<string, unknown> };
  /** Raw data of an entry type the back office does not know. */
  raw?: string;
  /** A page the entry points to (a payment, a complaint), with the link's text already translated. */
  link?: { to: string; label: string };
  /** A note's own words (an internal note), shown as written. */
  note?: string;
  /** Files of the case the entry added (a note's photos, a scan), shown as thumbnails. */
  files?: { id: number; fileName: string; mimeType: string }[];
}

export interface DescribeContext {
  translate: (key: string, options?: Record<string, unknown>) => string;
  pick: (text: Bilingual | null | undefined) => string;
  formatDateTime: (value: unknown) => string;
  /** A calendar day "YYYY-MM-DD", a billing period "YYYY-MM", an amount of yuan. */
  formatDay: (value: unknown) => string;
  formatPeriod: (value: unknown) => string;
  formatMoney: (value: unknown) => string;
  staffName: (id: number) => string | undefined;
  /** The title of a task of these cases, from its TASK_OPENED entry or the case's tasks. */
  taskTitle: (taskId: number | null) => string | undefined;
  taskForm: (taskId: number | null) => FormFieldDef[] | null;
}

const isBilingual = (value: unknown): value is Bilingual => isObject(value) && ('zh' in value || 'en' in value);

/**
 * One translated sentence per entry type, with the details worth showing. Data comes from the
 * processes as they were when the entry was written: every field may be missing, and a type this
 * code does not know is shown by its raw name and data rather than failing.
 */
export const describe = (entry: TimelineEntry, ctx: DescribeContext): Described => {
  const { translate: t, formatDateTime } = ctx;
  const data = isObject(entry.data) ? entry.data : {};
  const none = t('estate.common.none');
  const actor = entry.actor?.displayName || t('estate.timeline.system');
  const title =
    (isBilingual(data.title) ? ctx.pick(data.title) : '') || ctx.taskTitle(entry.taskId) || (entry.taskId != null ? `#${entry.taskId}` : none);
  const enumText = (name: string, value: unknown) => (value ? t(`estate.enums.${name}.${String(value)}`, { _: String(value) }) : none);
  const candidate = (value: unknown): string => {
    if (!isObject(value)) return t('estate.timeline.no_candidate');
    const c = value as CandidateData;
    const parts = [
      c.role ? enumText('role', c.role) : null,
      c.department ? enumText('department', c.department) : null,
      c.assigneeId != null ? ctx.staffName(Number(c.assigneeId)) ?? `#${c.assigneeId}` : null,
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : t('estate.timeline.no_candidate');
  };
  const when = (value: unknown) => (value ? formatDateTime(value) : none);
  const sentence = (key: string, args: Record<string, unknown> = {}) => t(key, { actor, title, ...args });
  const result = (key: string, args: Record<string, unknown> = {}, extra: Partial<Described> = {}): Described => ({
    text: sentence(key, args),
    tone: 'default',
    details: [],
    ...extra,
  });
  const channel = enumText('channel', data.channel);
  // Tiers are the process's own; the complaint tiers are the ones the back office knows.
  const tierText = (value: unknown) => t(`estate.enums.complaintTier.${text(value)}`, { _: text(value) });

  switch (entry.type) {
    case 'CASE_OPENED':
      return result('estate.timeline.types.CASE_OPENED', {}, {
        details: [
          { label: t('estate.timeline.details.priority'), value: enumText('priority', data.priority) },
          ...(data.tier ? [{ label: t('estate.timeline.details.tier'), value: tierText(data.tier) }] : []),
        ],
      });
    case 'TASK_OPENED': {
      // Each deadline by its label: its time and how it was counted; older entries have one due time.
      const deadlines = Array.isArray(data.deadlines) ? data.deadlines.filter(isObject) : [];
      const details = deadlines.length
        ? deadlines.map((d) => ({
            label: (isBilingual(d.label) ? ctx.pick(d.label) : '') || t('estate.timeline.details.due'),
            value: t('estate.timeline.deadline_detail', { dueAt: when(d.dueAt), basis: basisText(d.basis, ctx) }),
          }))
        : data.dueAt
          ? [{ label: t('estate.timeline.details.due'), value: when(data.dueAt) }]
          : [];
      return result('estate.timeline.types.TASK_OPENED', { candidate: candidate(data.candidate) }, { details });
    }
    case 'TASK_CLAIMED':
      return result('estate.timeline.types.TASK_CLAIMED');
    case 'TASK_UNCLAIMED':
      return result('estate.timeline.types.TASK_UNCLAIMED');
    case 'TASK_CANCELLED':
      return result('estate.timeline.types.TASK_CANCELLED', {}, {
        details: typeof data.reason === 'string' && data.reason !== 'skipped' ? [{ label: t('estate.timeline.details.reason'), value: data.reason }] : [],
      });
    case 'TASK_COMPLETED':
      return result('estate.timeline.types.TASK_COMPLETED', {}, {
        tone: 'success',
        formData: isObject(data.formData) ? { form: ctx.taskForm(entry.taskId), data: data.formData } : undefined,
      });
    case 'DEADLINE_MISSED':
      return result(isBilingual(data.label) ? 'estate.timeline.types.DEADLINE_MISSED_named' : 'estate.timeline.types.DEADLINE_MISSED', {
        dueAt: when(data.dueAt),
        label: isBilingual(data.label) ? ctx.pick(data.label) : '',
      }, {
        tone: 'error',
        mark: 'estate.timeline.marks.deadline_missed',
      });
    case 'ESCALATED':
      if ('stays' in data || 'followUp' in data) {
        // The level brought in follows the task up; the work stays where it was.
        const followUp = isObject(data.followUp) ? data.followUp : {};
        return result('estate.timeline.types.ESCALATED_brought_in', {
          level: text(data.level) || '?',
          broughtIn: candidate(data.broughtIn),
          stays: candidate(data.stays),
        }, {
          tone: 'error',
          mark: 'estate.timeline.marks.escalated',
          details: [
            {
              label: (isBilingual(followUp.label) ? ctx.pick(followUp.label) : '') || t('estate.timeline.details.follow_up'),
              value: followUp.dueAt
                ? t('estate.timeline.deadline_detail', { dueAt: when(followUp.dueAt), basis: basisText(followUp.basis, ctx) })
                : when(data.nextDueAt),
            },
          ],
        });
      }
      return result('estate.timeline.types.ESCALATED', { level: text(data.level) || '?' }, {
        tone: 'error',
        mark: 'estate.timeline.marks.escalated',
        details: [
          { label: t('estate.timeline.details.from'), value: candidate(data.from) },
          {
            label: t('estate.timeline.details.to'),
            value: isObject(data.to) ? candidate(data.to) : t('estate.timeline.unchanged'),
          },
          {
            label: t('estate.timeline.details.next_due'),
            value: data.nextDueAt ? when(data.nextDueAt) : t('estate.timeline.no_next_due'),
          },
        ],
      });
    case 'OVERRIDE':
      return describeOverride(data, ctx, { actor, title, when, enumText, candidate, tierText });
    case 'MESSAGE_QUEUED':
      return result('estate.timeline.types.MESSAGE_QUEUED', {
        channel,
        template: ctx.translate(`estate.templates.${text(data.template)}`, { _: text(data.template) }),
        recipient: text(data.recipientName) || none,
      });
    case 'MESSAGE_SENT':
      return result('estate.timeline.types.MESSAGE_SENT', {
        channel,
        template: ctx.translate(`estate.templates.${text(data.template)}`, { _: text(data.template) }),
        recipient: text(data.recipientName) || none,
      });
    case 'MESSAGE_FAILED':
      return result('estate.timeline.types.MESSAGE_FAILED', { channel }, {
        tone: 'error',
        mark: 'estate.timeline.marks.failed',
        details: data.error ? [{ label: t('estate.timeline.details.error'), value: text(data.error) }] : [],
      });
    case 'CASE_CLOSED': {
      // A process ends with a reason code (resolved, paid, waived...); a manager's closing carries their own words.
      const reason = text(data.reason);
      const [code, rest] = reason.split(/:\s*/, 2);
      const known = t(`estate.timeline.close_reasons.${code.replace(/\s+/g, '_')}`, { _: '' });
      return result('estate.timeline.types.CASE_CLOSED', {}, { reason: known ? [known, rest].filter(Boolean).join(': ') : reason || undefined });
    }
    case 'COMPLAINT_REOPENED':
      // CMP-9: the return visit found the resident not satisfied; the complaint is handled again.
      return result('estate.timeline.types.COMPLAINT_REOPENED', { round: text(data.round) || '?' }, { tone: 'warning' });
    default:
      return describeFeeEntry(entry.type, data, { ctx, actor, enumText }) ?? describeRepairEntry(entry.type, data, { ctx, actor }) ?? describeDecorationEntry(entry.type, data, { ctx, actor }) ?? describeOtherEntry(entry.type, data, { ctx, actor }) ?? describeNoteEntry(entry.type, data, { ctx, actor }) ?? {
        text: entry.type,
        tone: 'default',
        details: [],
        raw: entry.data == null ? undefined : JSON.stringify(entry.data),
      };
  }
};

interface OverrideHelpers {
  actor: string;
  title: string;
  when: (value: unknown) => string;
  enumText: (name: string, value: unknown) => string;
  candidate: (value: unknown) => string;
  tierText: (value: unknown) => string;
}

const describeOverride = (data: Record<string, unknown>, ctx: DescribeContext, h: OverrideHelpers): Described => {
  const t = ctx.translate;
  const action = text(data.action);
  const base = { tone: 'warning' as Tone, mark: 'estate.timeline.marks.override', reason: text(data.reason) || undefined };
  const say = (key: string, args: Record<string, unknown> = {}) => t(`estate.timeline.override.${key}`, { actor: h.actor, title: h.title, ...args });
  switch (action) {
    case 'extendDeadline': {
      // Newer entries name the one deadline moved; the task's next deadline afterwards is a detail.
      const label = isBilingual(data.label) ? ctx.pick(data.label) : '';
      return {
        ...base,
        text: say(label ? 'extendDeadline_named' : 'extendDeadline', { label, from: h.when(data.from), dueAt: h.when(data.dueAt) }),
        details: data.nextDueAt ? [{ label: t('estate.timeline.details.next_due'), value: h.when(data.nextDueAt) }] : [],
      };
    }
    case 'reassignTask':
      return { ...base, text: say('reassignTask', { to: h.candidate(data.to) }), details: [] };
    case 'cancelEscalation':
      return {
        ...base,
        text: isBilingual(data.label)
          ? say('cancelEscalation_named', { label: ctx.pick(data.label), cancelledDueAt: h.when(data.cancelledDueAt) })
          : say('cancelEscalation', { cancelledDueAt: h.when(data.cancelledDueAt) }),
        details: [
          {
            label: t('estate.timeline.details.next_due'),
            value: data.dueAt ? h.when(data.dueAt) : t('estate.timeline.no_next_due'),
          },
        ],
      };
    case 'changePriority':
      return {
        ...base,
        text: say('changePriority', { from: h.enumText('priority', data.from), priority: h.enumText('priority', data.priority) }),
        details: [],
      };
    case 'changeTier':
      return {
        ...base,
        text: say('changeTier', {
          from: data.from ? h.tierText(data.from) : t('estate.common.none'),
          tier: data.tier ? h.tierText(data.tier) : t('estate.common.none'),
        }),
        details: [],
      };
    default: {
      const rest = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'action' && key !== 'reason'));
      return {
        ...base,
        text: say('other', { action: action || '?' }),
        details: [],
        raw: Object.keys(rest).length ? JSON.stringify(rest) : undefined,
      };
    }
  }
};
