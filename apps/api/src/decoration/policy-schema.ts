import { z } from 'zod';
import { escalationFollowUp } from '../policies/common-fields';
import { amount, bilingual, count, described, due, duration, t, timeOfDay } from '../policies/fields';

/** The `decoration` policy (DEC-2..DEC-6): the texts read to the applicant, the deadlines, the fees and the rhythm of supervision. */
export const DECORATION_POLICY_SCHEMA = z.object({
  workingHours: bilingual(t('施工时间', 'Working hours'), 300, 600, t('向业主和施工单位宣读并由其确认', 'Read to the applicant and the contractor, who both acknowledge it')),
  prohibitions: described(z.array(bilingual(t('禁止事项', 'Prohibition'), 300, 600)).min(1).max(30), t('装修禁止事项', 'Prohibitions')),
  approveWithin: due(t('审批期限', 'Approved within'), t('DEC-6：任何申请等待审批不超过此期限', 'DEC-6: no application waits longer for its approval')),
  onTheSpotMinutes: count(t('“当场审批”的时限', '“On the spot” means within'), 1, 24 * 60, 'minutes'),
  garbageFee: amount(t('装修垃圾清运费', 'Garbage clearance fee'), 0, 1e6, 'yuan'),
  deposit: amount(t('装修押金', 'Deposit'), 0, 1e6, 'yuan', t('0 表示不收押金；验收后退还', '0: none; refunded after the acceptance')),
  collectWithin: due(t('收费期限', 'Fees collected within')),
  inspectEvery: duration(t('工程部巡查间隔', 'Engineering inspects every')),
  inspectWithin: due(t('巡查完成期限', 'Inspection done within')),
  afterHours: described(
    z.union([
      described(z.object({ at: timeOfDay(t('每晚巡查时间', 'Check every evening at')) }), t('每晚固定时间', 'Every evening at a set time')),
      described(z.object({ every: duration(t('巡查间隔', 'Check every')) }), t('按固定间隔', 'At a fixed interval')),
    ]),
    t('下班后巡查', 'After-hours check'),
  ),
  afterHoursWithin: due(t('下班后巡查完成期限', 'After-hours check done within')),
  noticeWithin: due(t('开工告知确认期限', 'Start notice acknowledged within')),
  permitEndedWithin: due(t('许可证到期未完工的跟进期限', 'Follow-up of a permit ended before the works')).optional(),
  acceptWithin: due(t('竣工验收期限', 'Acceptance within')),
  escalationFollowUp: escalationFollowUp().optional(),
});
