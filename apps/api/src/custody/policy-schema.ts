import { z } from 'zod';
import { escalationFollowUp } from '../policies/common-fields';
import { amount, code, count, described, due, duration, t } from '../policies/fields';

/** The `custody` policy (MOV-7): the meters' limits, the patrols' rhythm and deadlines. */
export const CUSTODY_POLICY_SCHEMA = z.object({
  limits: described(
    z.object({
      water: amount(t('用水上限', 'Water limit'), 0, 100_000, 'cubicMetres'),
      electricity: amount(t('用电上限', 'Electricity limit'), 0, 100_000, 'kwh'),
    }),
    t('托管期间用量上限（超出即报警）', 'Use during custody above which an alert is raised'),
  ),
  patrolEvery: duration(t('外观巡查间隔', 'Exterior patrol every')),
  patrolWithin: due(t('巡查完成期限', 'Patrol done within')),
  rainPatrolWithin: due(t('暴雨前后巡查期限', 'Heavy-rain patrol done within')),
  alertWithin: due(t('用量报警查明期限', 'Meter alert looked into within')),
  escalationFollowUp: escalationFollowUp(),
  repairCategory: code(t('巡查问题的报修类别', 'Repair category of a problem found on patrol'), 'LEAK', t('维修策略中的类别代码', 'A category code of the repair policy')),
  historyLimit: count(
    t('流程历史上限', 'Process history limit'),
    20,
    50_000,
    'events',
    t('托管可长达数年：超过此数量的历史事件后流程以新的运行继续；留空则为 5000', 'A custody lasts years: past this many history events its process continues as new; empty: 5000'),
  ).optional(),
});
