import { z } from 'zod';
import { due, duration, t } from '../policies/fields';

/** REC-4: the supervisor's daily sign-off and when an open matter counts as overdue in the weekly summary. */
export const SUPERVISION_POLICY_SCHEMA = z.object({
  reviewWithin: due(t('前台记录审阅期限', 'Front-desk records signed off within')),
  escalationFollowUp: due(t('未审阅时提醒主任的间隔', 'Reminder to the director after a missed sign-off')),
  staleAfter: duration(t('周报中视为逾期', 'Overdue in the weekly summary after'), t('没有期限的未办结事项超过此时长即列为逾期', 'An open matter with no deadline of its own is overdue once older than this')),
});
