import { due, t } from './fields';

/** After a missed deadline, how long the level brought in has before the next one is (most processes have one). */
export const escalationFollowUp = () =>
  due(t('升级后跟进期限', 'Follow-up after an escalation'), t('逾期升级后，上一级须在此期限内跟进，否则继续升级', 'After a missed deadline, the level brought in has this long before the next one is'));
