import type { z } from 'zod';
import { QUICK_REPLIES_POLICY_SCHEMA } from '../cases/quick-replies-policy';
import { CHECKLISTS_POLICY_SCHEMA } from '../checklists/policy';
import { COMPLAINT_POLICY_SCHEMA } from '../complaints/policy-schema';
import { CUSTODY_POLICY_SCHEMA } from '../custody/policy-schema';
import { DECORATION_POLICY_SCHEMA } from '../decoration/policy-schema';
import { DUNNING_POLICY_SCHEMA, FEE_POLICY_SCHEMA } from '../fees/policy-schema';
import { GATE_POLICY_SCHEMA } from '../gate/policy';
import { INSPECTION_TEMPLATES_POLICY_SCHEMA } from '../inspections/templates/schema';
import { MOVE_IN_POLICY_SCHEMA } from '../move-in/policy-schema';
import { LETTERHEAD_POLICY_SCHEMA } from '../outbox/letterhead-schema';
import { CONTACT_FORM_POLICY_SCHEMA, RECEPTION_POLICY_SCHEMA } from '../reception/policy-schema';
import { REPAIR_POLICY_SCHEMA } from '../repairs/policy-schema';
import { SUPERVISION_POLICY_SCHEMA } from '../supervision/policy-schema';
import { SURVEY_POLICY_SCHEMA } from '../surveys/policy-schema';
import { CALENDAR_POLICY_SCHEMA } from './calendar-schema';
import { t, type Bilingual } from './fields';

export interface PolicyKind {
  key: string;
  name: Bilingual;
  /** What it rules, for the manager choosing one. */
  about: Bilingual;
  schema: z.ZodType;
}

/**
 * Every policy a manager may change, in the order the back office lists them. A process registers its own
 * here; the API validates a new version with the schema, the back office builds its form from it.
 */
export const POLICY_KINDS: PolicyKind[] = [
  { key: 'calendar', name: t('工作时间', 'Working days and hours'), about: t('工作日和上下班时间：按工作日计算的期限以此为准', 'Working days and hours: deadlines in business time count by them'), schema: CALENDAR_POLICY_SCHEMA },
  { key: 'complaint', name: t('投诉处理时限', 'Complaint deadlines'), about: t('各级投诉的呈报、答复、解决和回访期限', 'When each tier of complaint is forwarded, answered, resolved and visited'), schema: COMPLAINT_POLICY_SCHEMA },
  { key: 'repair', name: t('维修与保修', 'Repairs and warranty'), about: t('报修类别及保修期、有偿服务价目、各环节期限和回访', 'Categories and their warranty, the price list, deadlines and return visits'), schema: REPAIR_POLICY_SCHEMA },
  { key: 'reception', name: t('专业咨询', 'Specialist questions'), about: t('前台承诺答复的期限', 'When the desk promises an answer'), schema: RECEPTION_POLICY_SCHEMA },
  { key: 'contact-form', name: t('工作联系单', 'Work contact forms'), about: t('其他部门签收和回复联系单的期限', 'When other departments acknowledge and reply'), schema: CONTACT_FORM_POLICY_SCHEMA },
  { key: 'supervision', name: t('前台审阅与周报', 'Front-desk review and weekly summary'), about: t('主管每日审阅前台记录，周报中何时视为逾期', 'The supervisor’s daily sign-off; when a matter is overdue in the weekly summary'), schema: SUPERVISION_POLICY_SCHEMA },
  { key: 'fee', name: t('收费', 'Fees'), about: t('缴费期限和托管房收费比例', 'The payment period and the fee of units in custody'), schema: FEE_POLICY_SCHEMA },
  { key: 'dunning', name: t('欠费催缴', 'Dunning'), about: t('提醒、催缴函、上门和法律途径的步骤与间隔', 'Reminders, demand letters, home visits and legal steps'), schema: DUNNING_POLICY_SCHEMA },
  { key: 'move-in', name: t('入住手续', 'Move-in'), about: t('各步骤期限、签署的协议、发放的物品和预收物业费', 'Step deadlines, agreements, what is handed over and the fee at move-in'), schema: MOVE_IN_POLICY_SCHEMA },
  { key: 'custody', name: t('空置房托管', 'Custody of vacant units'), about: t('水电用量上限、巡查间隔和期限', 'Meter limits, patrols and their deadlines'), schema: CUSTODY_POLICY_SCHEMA },
  { key: 'decoration', name: t('装修管理', 'Decoration'), about: t('施工时间、禁止事项、审批期限、收费和巡查', 'Working hours, prohibitions, approval, fees and supervision'), schema: DECORATION_POLICY_SCHEMA },
  { key: 'checklists', name: t('申请材料清单', 'Document checklists'), about: t('办理放行、入住、装修时各类申请人须带的材料', 'What each kind of applicant brings for a release pass, a move-in or a decoration'), schema: CHECKLISTS_POLICY_SCHEMA },
  { key: 'inspection-templates', name: t('检查模板', 'Inspection templates'), about: t('验房、巡查、验收的房间、项目、表计和确认方', 'Rooms, items, meters and parties of inspections'), schema: INSPECTION_TEMPLATES_POLICY_SCHEMA },
  { key: 'gate', name: t('门岗通行证', 'Gate passes'), about: t('门岗核验的通行证种类和有效期', 'The kinds of pass the gate checks and how long they last'), schema: GATE_POLICY_SCHEMA },
  { key: 'quick-replies', name: t('常用回复', 'Quick replies'), about: t('接待和备注中可直接插入的常用答复', 'Common answers staff insert in the reception log and in notes'), schema: QUICK_REPLIES_POLICY_SCHEMA },
  { key: 'survey', name: t('满意度调查', 'Satisfaction surveys'), about: t('问卷链接、提醒和满意的标准', 'Survey links, reminders and what counts as satisfied'), schema: SURVEY_POLICY_SCHEMA },
  { key: 'letterhead', name: t('信函抬头', 'Letterhead'), about: t('打印信函上的公司、部门、地址和电话', 'The company, department, address and phone on printed letters'), schema: LETTERHEAD_POLICY_SCHEMA },
];

export const policyKind = (key: string): PolicyKind | undefined => POLICY_KINDS.find((k) => k.key === key);

/** The shape of each policy a manager may change, by its key. */
export const POLICY_SCHEMAS: Record<string, z.ZodType> = Object.fromEntries(POLICY_KINDS.map((k) => [k.key, k.schema]));
export { policyMessages } from './fields';
