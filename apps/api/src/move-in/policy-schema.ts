import { z } from 'zod';
import { escalationFollowUp } from '../policies/common-fields';
import { amount, bilingual, choice, code, count, described, due, say, t } from '../policies/fields';

const agreement = z.object({ code: code(t('代码', 'Code'), 'MANAGEMENT_AGREEMENT'), label: bilingual(t('协议名称', 'Agreement')) });

const issue = z.object({
  code: code(t('代码', 'Code'), 'KEY_DOOR'),
  kind: choice(t('种类', 'Kind'), { KEY: t('钥匙、门禁卡', 'Key or card'), HANDBOOK: t('住户手册', 'Handbook'), DIAGRAM: t('线路图', 'Diagram') }),
  label: bilingual(t('名称', 'Name')),
  count: count(t('通常发放数量', 'Usually handed over'), 0, 100, 'pieces'),
});

const unique = <T extends { code: string }>(rows: T[]) => new Set(rows.map((r) => r.code)).size === rows.length;

/** MOV-1..MOV-6: the move-in's deadlines, agreements, what is handed over and the fee collected at move-in. */
export const MOVE_IN_POLICY_SCHEMA = z
  .object({
    documentsWithin: due(t('核验证件（MOV-1）', 'Documents verified (MOV-1)')),
    registrationWithin: due(t('登记并签署协议（MOV-2）', 'Registered and agreements signed (MOV-2)')),
    issueWithin: due(t('发放钥匙和资料（MOV-3）', 'Keys and documents handed over (MOV-3)')),
    feeWithin: due(t('收取物业费（MOV-4）', 'Property fee collected (MOV-4)')),
    inspectionWithin: due(t('验房（MOV-5）', 'Inspection of the unit (MOV-5)')),
    recheckWithin: due(t('整改并复查问题（MOV-6）', 'Defects rectified and re-checked (MOV-6)')),
    callOwnerWithin: due(t('约业主复验', 'Owner called for the re-inspection')),
    agreements: described(z.array(agreement).min(1).max(20), t('签署的协议（MOV-2）', 'Agreements signed (MOV-2)')),
    issues: described(z.array(issue).min(1).max(40), t('发放的物品（MOV-3）', 'What is handed over (MOV-3)')),
    feeMonths: count(t('入住时预收物业费', 'Property fee collected at move-in'), 0, 24, 'months'),
    feeRatePerSqm: amount(t('物业费单价（无物业费收费项目时）', 'Property fee rate (when no property fee charge item is on file)'), 0, 1000, 'yuanPerSqm'),
    escalationFollowUp: escalationFollowUp().optional(),
  })
  .refine((p) => unique(p.agreements), { message: say('协议代码不能重复', 'agreement codes must be unique'), path: ['agreements'] })
  .refine((p) => unique(p.issues), { message: say('物品代码不能重复', 'item codes must be unique'), path: ['issues'] });
