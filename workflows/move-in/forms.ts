import type { Bilingual, FormField } from '../core/types';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

const confirm = (name: string, zh: string, en: string): FormField[] => [
  { name, type: 'boolean', required: true, label: t(zh, en) },
  { name: 'note', type: 'textarea', label: t('备注', 'Notes') },
];

/** MOV-1: each document checked with its scan on the move-in's page; the task is done when they all are. */
export const DOCUMENTS_FORM = confirm('documentsChecked', '证件资料已逐项核验（扫描件已存档）', 'Every document is checked (scans on file)');
/** MOV-2: the registration form taken on the move-in's page, agreements signed. */
export const REGISTRATION_FORM = confirm('registered', '住户登记表已填写，协议已签署', 'Registration form taken, agreements signed');
/** MOV-3: keys, handbook and diagrams issued on the move-in's page with the resident's receipt. */
export const ISSUE_FORM = confirm('issued', '钥匙、住户手册及水电线路图已发放，住户已签收', 'Keys, handbook and diagrams issued; the resident signed for them');
/** MOV-4: the cashier collects the fee at move-in (a receipt as usual). */
export const FEE_FORM: FormField[] = [
  {
    name: 'method',
    type: 'select',
    required: true,
    label: t('收款方式', 'Paid by'),
    options: [
      { value: 'CASH', label: t('现金', 'Cash') },
      { value: 'CARD', label: t('刷卡', 'Card') },
      { value: 'TRANSFER', label: t('转账', 'Transfer') },
    ],
  },
  { name: 'note', type: 'textarea', label: t('备注', 'Notes') },
];
/** MOV-5: the inspection walked with the owner on the tablet, both confirmed. */
export const INSPECTION_FORM = confirm('inspected', '已与业主逐项验房，双方已确认', 'Inspected item by item with the owner; both confirmed');
/** MOV-6: maintenance has rectified and re-checked the defects of the round. */
export const RECHECK_FORM = confirm('rechecked', '缺陷已整改并自检合格', 'The defects are rectified and re-checked');
/** MOV-6: customer service calls the owner for the re-inspection appointment. */
export const CALL_OWNER_FORM: FormField[] = [
  { name: 'appointmentOn', type: 'date', required: true, label: t('复验日期', 'Re-inspection day') },
  { name: 'appointmentTime', type: 'text', required: true, label: t('复验时间（如 10:00）', 'Time (e.g. 10:00)') },
  { name: 'note', type: 'textarea', label: t('通话记录', 'Notes of the call') },
];
/** MOV-6: maintenance attends the re-inspection; the owner signs off each item on the inspection. */
export const REINSPECT_FORM = confirm('attended', '已陪同业主复验，业主已对合格项逐项签收', 'Attended the re-inspection; the owner signed off each item accepted');
