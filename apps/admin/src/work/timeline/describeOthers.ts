import { text } from './data';
import type { DescribeContext, Described } from './describe';

/** Entry types of the complaint corrections, the reception log, the supervisor's review and surveys. */
const TYPES = ['COMPLAINT_CORRECTED', 'FROM_RECEPTION', 'FRONT_DESK_DAY', 'FRONT_DESK_SIGNED_OFF', 'SURVEY_LINKS_SENT', 'SURVEY_REMINDERS_SENT', 'SURVEY_CLOSED'];

/**
 * One translated sentence (`estate.timeline.others.*`) per entry type these processes write; undefined for
 * another type. A correction lists each field's value before and after under the field's own label.
 */
export const describeOtherEntry = (type: string, data: Record<string, unknown>, { ctx, actor }: { ctx: DescribeContext; actor: string }): Described | undefined => {
  if (!TYPES.includes(type)) return undefined;
  const t = ctx.translate;
  const none = t('estate.common.none');
  const say = (key: string, args: Record<string, unknown> = {}, extra: Partial<Described> = {}): Described => ({
    text: t(`estate.timeline.others.${key}`, { actor, ...args }),
    tone: 'default',
    details: [],
    ...extra,
  });
  switch (type) {
    case 'COMPLAINT_CORRECTED': {
      const changes = (data.changes ?? {}) as Record<string, { from?: unknown; to?: unknown }>;
      const shown = (field: string, value: unknown) => (field === 'occurredAt' ? ctx.formatDateTime(value) : text(value) || none);
      return say('complaint_corrected', {}, {
        reason: text(data.reason) || undefined,
        details: Object.entries(changes).map(([field, change]) => ({
          label: t(`resources.complaints.fields.${field}`, { _: field }),
          value: `${shown(field, change.from)} → ${shown(field, change.to)}`,
        })),
      });
    }
    case 'FROM_RECEPTION':
      return say('from_reception', {
        id: text(data.entryId),
        kind: t(`estate.reception.kind.${text(data.kind)}`, { _: text(data.kind) }),
        channel: t(`estate.reception.channel.${text(data.channel)}`, { _: text(data.channel) }),
        name: text(data.residentName) || none,
        at: ctx.formatDateTime(data.receivedAt),
      }, { link: { to: `/reception-entries/${text(data.entryId)}/show`, label: t('estate.timeline.others.open_entry') } });
    case 'FRONT_DESK_DAY':
      return say('front_desk_day', { day: ctx.formatDay(data.day), cases: text(data.cases) || '0', entries: text(data.entries) || '0' });
    case 'FRONT_DESK_SIGNED_OFF':
      return say('front_desk_signed_off', { day: ctx.formatDay(data.day) }, { tone: 'success', reason: text(data.remarks) || undefined });
    case 'SURVEY_LINKS_SENT':
      return say('survey_links_sent', { sent: text(data.sent) || '0', closesAt: ctx.formatDateTime(data.closesAt) });
    case 'SURVEY_REMINDERS_SENT':
      return say('survey_reminders_sent', { reminded: text(data.reminded) || '0' });
    default:
      return say('survey_closed', { asked: text(data.asked) || '0', answered: text(data.answered) || '0' }, { tone: 'success' });
  }
};
