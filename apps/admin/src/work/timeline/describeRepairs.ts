import { text } from './data';
import type { DescribeContext, Described } from './describe';

/** The entry types the repair process writes (REP-4..6). */
export const REPAIR_ENTRY_TYPES = ['REPAIR_ARRIVED', 'REPAIR_WORK_DONE', 'REPAIR_LEAK_TESTED', 'REPAIR_RECTIFICATION', 'REPAIR_RETURN_VISIT'] as const;

/**
 * One translated sentence per repair entry type (`estate.timeline.repairs.*`), with its details; undefined
 * for a type that is not a repair entry. A late arrival, a failed leak test, a rectification and a problem
 * found on the return visit stand out.
 */
export const describeRepairEntry = (type: string, data: Record<string, unknown>, { ctx, actor }: { ctx: DescribeContext; actor: string }): Described | undefined => {
  if (!(REPAIR_ENTRY_TYPES as readonly string[]).includes(type)) return undefined;
  const t = ctx.translate;
  const none = t('estate.common.none');
  const detail = (label: string, value: string) => ({ label: t(`estate.timeline.repairs.details.${label}`), value: value || none });
  const say = (key: string, args: Record<string, unknown>, extra: Partial<Described> = {}): Described => ({
    text: t(`estate.timeline.repairs.${key}`, { actor, round: text(data.round) || '1', ...args }),
    tone: 'default',
    details: [],
    ...extra,
  });
  switch (type) {
    case 'REPAIR_ARRIVED':
      return data.onTime === false ? say('arrived_late', {}, { tone: 'warning' }) : say(data.onTime === true ? 'arrived_on_time' : 'arrived', {});
    case 'REPAIR_WORK_DONE':
      return say('work_done', {}, {
        tone: 'success',
        details: [detail('work_done', text(data.workDone)), detail('materials', text(data.materials)), detail('hours', text(data.hours))],
      });
    case 'REPAIR_LEAK_TESTED': {
      const date = typeof data.testedAt === 'string' ? ctx.formatDay(data.testedAt.slice(0, 10)) : none;
      return data.passed === false ? say('leak_failed', { date }, { tone: 'error' }) : say('leak_passed', { date }, { tone: 'success' });
    }
    case 'REPAIR_RECTIFICATION':
      return say('rectification', {}, { tone: 'warning', reason: text(data.reason) || undefined });
    default: {
      // REPAIR_RETURN_VISIT
      const method = t(`estate.timeline.repairs.method.${text(data.method)}`, { _: text(data.method) || none });
      const satisfied = data.satisfaction === 'SATISFIED';
      return say(satisfied ? 'visit_satisfied' : 'visit_problem', { method }, {
        tone: satisfied ? 'success' : 'warning',
        details: [
          ...(data.problem ? [detail('problem', text(data.problem))] : []),
          ...(typeof data.onTime === 'boolean' ? [detail('on_time', t(data.onTime ? 'ra.boolean.true' : 'ra.boolean.false'))] : []),
        ],
      });
    }
  }
};
