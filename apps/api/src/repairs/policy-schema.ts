import { z } from 'zod';
import { escalationFollowUp } from '../policies/common-fields';
import { bilingual, choice, code, count, described, due, flag, say, t } from '../policies/fields';

const VISIT_RULES = { SAFETY: t('安全设施（2 天内回访）', 'Safety facility'), LEAK: t('渗漏水（试漏后回访）', 'Leak (after the leak test)'), OTHER: t('其他', 'Other') };

const category = z.object({
  code: code(t('代码', 'Code'), 'LEAK'),
  name: bilingual(t('类别名称', 'Name')),
  warrantyYears: count(t('保修期（交房起）', 'Warranty from the handover'), 0, 70, 'years', t('0 表示不保修（住户自有电器）', '0: never under warranty (the resident’s own appliances)')),
  visitRule: choice(t('回访时限规则', 'Return-visit clock'), VISIT_RULES),
  publicArea: flag(t('公共区域（免费，无住户）', 'Public area (free, no household)')).optional(),
});

const price = z.object({
  code: code(t('代码', 'Code'), 'DRAIN'),
  name: bilingual(t('收费项目', 'Charge')),
  price: described(z.number().positive().max(1e6), t('价格', 'Price'), { unit: 'yuan' }),
});

/** REP-2..REP-6: the categories, the price list and every deadline of the repair process. */
export const REPAIR_POLICY_SCHEMA = z
  .object({
    categories: described(z.array(category).min(1), t('报修类别（REP-2）', 'Categories (REP-2)')),
    priceList: described(z.array(price), t('有偿服务价目表（REP-2）', 'Price list of paid jobs (REP-2)')),
    emergencyArrivalWithin: due(t('紧急报修到场', 'On site for an emergency')),
    completeWithin: due(t('到场后完工', 'Work done after arrival')),
    leakTestWithin: due(t('渗漏水维修后试漏', 'Leak test after a leak repair')),
    checkInWithin: due(t('维修单交回前台（REP-4）', 'Order back at the desk (REP-4)')),
    collectWithin: due(t('有偿维修收费', 'Charge of a paid job collected')),
    returnVisit: described(
      z.object({
        SAFETY: due(t('安全设施维修', 'Safety facility repairs')),
        LEAK: due(t('渗漏水维修（自试漏起）', 'Leak repairs (from the leak test)')),
        OTHER: due(t('其他维修', 'Other repairs')),
      }),
      t('回访期限（REP-5）', 'Return visit (REP-5)'),
    ),
    rectifyWithin: due(t('回访发现问题后返修（REP-6）', 'Rectified after a problem found on the return visit (REP-6)')),
    escalationFollowUp: escalationFollowUp().optional(),
  })
  .refine((p) => new Set(p.categories.map((c) => c.code)).size === p.categories.length, { message: say('类别代码不能重复', 'category codes must be unique'), path: ['categories'] })
  .refine((p) => new Set(p.priceList.map((c) => c.code)).size === p.priceList.length, { message: say('价目代码不能重复', 'price codes must be unique'), path: ['priceList'] });
