import { z } from 'zod';
import { count, say, t, timeOfDay, weekdays } from './fields';

/** The business calendar: working days and hours (holidays and adjusted working days are calendar days). */
export const CALENDAR_POLICY_SCHEMA = z
  .object({
    utcOffsetMinutes: count(t('与 UTC 的时差', 'Offset from UTC'), -720, 840, 'minutes', t('中国标准时间为 480（UTC+8）', 'China Standard Time: 480 (UTC+8)')),
    workdays: weekdays(t('工作日', 'Working days')),
    workStart: timeOfDay(t('上班时间', 'Work starts at'), true),
    workEnd: timeOfDay(t('下班时间', 'Work ends at'), true),
  })
  .refine((c) => c.workStart < c.workEnd, { message: say('下班时间须晚于上班时间', 'workStart must be before workEnd'), path: ['workEnd'] });
