import { z } from 'zod';
import { escalationFollowUp } from '../policies/common-fields';
import { due, t } from '../policies/fields';

/** REC-2: a specialist question's default promise and the time to tell the resident an answer that came late. */
export const RECEPTION_POLICY_SCHEMA = z.object({
  defaultPromise: due(t('未约定时间时承诺答复住户', 'Answer promised, when the desk promises no time')),
  tellWithin: due(t('专业答复逾期送达后告知住户', 'Resident told, once a late answer has come')),
  escalationFollowUp: escalationFollowUp().optional(),
});

/** REC-5: a work contact form is acknowledged, then replied to, by these. */
export const CONTACT_FORM_POLICY_SCHEMA = z.object({
  acknowledgeWithin: due(t('接收部门签收', 'Acknowledged by the receiving department')),
  replyWithin: due(t('书面回复（联系单未写明日期时）', 'Replied (when the form names no date)')),
  escalationFollowUp: escalationFollowUp().optional(),
});
