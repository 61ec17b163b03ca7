import { z } from 'zod';
import { escalationFollowUp } from '../policies/common-fields';
import { described, due, duration, t } from '../policies/fields';

/** CMP-2..CMP-9: every deadline of the complaint process. */
export const COMPLAINT_POLICY_SCHEMA = z.object({
  major: described(
    z.object({
      directorSameDay: due(t('呈送管理处主任', 'With the office director')),
      answerWithin: due(t('给住户明确答复', 'A clear answer to the resident')),
      resolveWithin: due(t('解决', 'Resolved')),
    }),
    t('重大投诉（CMP-2）', 'Major complaint (CMP-2)'),
  ),
  important: described(
    z.object({
      forwardWithin: due(t('转呈部门主管', 'Forwarded to the department supervisor')),
      handleWithin: due(t('处理完毕', 'Handled')),
    }),
    t('重要投诉（CMP-3）', 'Important complaint (CMP-3)'),
  ),
  minor: described(z.object({ resolveWithin: due(t('解决', 'Resolved')) }), t('轻微投诉（CMP-4）', 'Minor complaint (CMP-4)')),
  stopDamageWithin: due(t('制止仍在发生的损害（CMP-6）', 'Damage still happening stopped (CMP-6)')),
  informWithin: due(t('把处理结果告知投诉人（CMP-5）', 'The complainant told the result (CMP-5)')),
  returnVisitWithin: due(t('解决后回访（CMP-9）', 'Return visit after resolution (CMP-9)')),
  reopenWithin: due(t('回访不满意时重新处理', 'Handled again when the resident is not satisfied')),
  followUpAfter: duration(t('列入主管跟进名单（CMP-8）', 'On the supervisor’s follow-up list (CMP-8) after'), t('超过此时长仍未解决的投诉单独列出跟进', 'A complaint unresolved for longer than this is listed for follow-up')),
  escalationFollowUp: escalationFollowUp().optional(),
});
