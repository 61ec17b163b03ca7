import { z } from 'zod';
import { count, due, duration, ratio, t } from '../policies/fields';

/** FEE-1, FEE-8: the fee notices' payment period and the custody units' share of the property fee. */
export const FEE_POLICY_SCHEMA = z.object({
  custodyRatio: ratio(t('托管房物业费比例（FEE-8）', 'Property fee of a unit in custody (FEE-8)'), t('按全额物业费的百分比收取', 'A percentage of the full property fee')),
  payWithinDays: count(t('缴费通知的缴费期限', 'A fee notice is paid within'), 0, 365, 'days'),
});

/** FEE-3..FEE-6: the dunning ladder's steps and intervals. */
export const DUNNING_POLICY_SCHEMA = z.object({
  remindAfter: duration(t('发现欠费后多久短信提醒并电话催缴（FEE-3）', 'SMS reminder and phone call after arrears are found (FEE-3)')),
  payWithinDays: count(t('提醒中给出的缴费期限', 'The reminder asks for payment within'), 1, 90, 'days'),
  callWithin: due(t('收费员电话催缴期限', 'The collector calls within')),
  letterAfter: duration(t('电话通知后仍未缴，寄催缴函（FEE-4）', 'Demand letter when still unpaid after the phone notice (FEE-4)')),
  postWithin: due(t('催缴函打印寄出期限', 'The letter is posted within')),
  visitAfter: duration(t('寄函后仍未缴，上门催缴（FEE-5）', 'Home visit when still unpaid after the letter (FEE-5)')),
  visitWithin: due(t('上门催缴期限', 'The home visit is made within')),
  legalAfter: duration(t('上门后仍未缴，提请法律途径（FEE-6）', 'Legal referral asked for when still unpaid after the visit (FEE-6)')),
  decideWithin: due(t('法律移交的决定期限', 'The legal referral is decided within')),
  partialPaymentPause: duration(t('部分缴费后暂停催缴', 'A partial payment pauses the ladder for')),
  instalmentGrace: duration(t('分期款逾期宽限', 'An instalment is broken when unpaid after its date by')),
  disputeRecheck: duration(t('有争议时复查投诉的间隔', 'A ladder held by a dispute looks at its complaint every')),
});
