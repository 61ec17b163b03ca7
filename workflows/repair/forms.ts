import type { Bilingual, FormField } from '../core/types';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/** REP-4: the engineer checks in at the door. */
export const ARRIVE_FORM: FormField[] = [
  { name: 'arrived', type: 'boolean', required: true, label: t('已到达住户处（携带维修工作单）', "On site at the resident's (with the work order)") },
  { name: 'note', type: 'textarea', label: t('备注', 'Notes') },
];

/** REP-4: the work done, the materials and hours, and the resident's confirmation (signature on the order). */
export const WORK_FORM: FormField[] = [
  { name: 'workDone', type: 'textarea', required: true, label: t('维修情况', 'Work done') },
  { name: 'materials', type: 'text', label: t('所用材料', 'Materials used') },
  { name: 'hours', type: 'number', required: true, label: t('工时（小时）', 'Hours') },
  { name: 'residentConfirmed', type: 'boolean', required: true, label: t('住户已确认并在工作单上签字', 'The resident confirmed and signed the order') },
];

/** REP-5: the leak test (试漏), its own recorded step; the return-visit clock starts at its date. */
export const LEAK_TEST_FORM: FormField[] = [
  { name: 'testedOn', type: 'date', required: true, label: t('试漏日期', 'Date of the leak test') },
  {
    name: 'result',
    type: 'select',
    required: true,
    label: t('试漏结果', 'Result'),
    options: [
      { value: 'PASSED', label: t('不再渗漏', 'No more leaking') },
      { value: 'FAILED', label: t('仍有渗漏，需再修', 'Still leaking: repair again') },
    ],
  },
  { name: 'note', type: 'textarea', label: t('备注', 'Notes') },
];

/** REP-4: the order returns to the front desk. */
export const CHECK_IN_FORM: FormField[] = [
  { name: 'orderReturned', type: 'boolean', required: true, label: t('维修工作单已交回前台（住户签字齐全）', 'The signed work order is back at the front desk') },
  { name: 'note', type: 'textarea', label: t('备注', 'Notes') },
];

/** REP-4: the cashier records the income (with its receipt) and the cost of materials of a paid job. */
export const COLLECT_FORM: FormField[] = [
  {
    name: 'method',
    type: 'select',
    required: true,
    label: t('收款方式', 'Method'),
    options: [
      { value: 'CASH', label: t('现金', 'Cash') },
      { value: 'CARD', label: t('刷卡', 'Card') },
      { value: 'TRANSFER', label: t('转账', 'Transfer') },
    ],
  },
  { name: 'materialCost', type: 'number', required: true, label: t('材料成本（元，无则填 0）', 'Cost of materials (CNY; 0 if none)') },
  { name: 'note', type: 'textarea', label: t('备注', 'Notes') },
];

/** REP-5 / REP-6: the return visit; a problem found sends the job back for rectification. */
export const VISIT_FORM: FormField[] = [
  {
    name: 'method',
    type: 'select',
    required: true,
    label: t('回访方式', 'How'),
    options: [
      { value: 'PHONE', label: t('电话回访', 'By phone') },
      { value: 'VISIT', label: t('上门回访', 'In person') },
    ],
  },
  {
    name: 'satisfaction',
    type: 'select',
    required: true,
    label: t('住户意见', "The resident's view"),
    options: [
      { value: 'SATISFIED', label: t('满意，问题已解决', 'Satisfied: the problem is solved') },
      { value: 'DISSATISFIED', label: t('发现问题，需整改', 'A problem remains: rectify') },
    ],
  },
  { name: 'problem', type: 'textarea', label: t('回访记录（发现的问题）', 'Notes (the problem found)') },
];
