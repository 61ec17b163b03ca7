import type { Bilingual, Escalation, FormField } from '../core/types';

/** What the cashier, the clerk and the director fill in on the ladder's tasks; `t` makes a bilingual text. */
export const t = (zh: string, en: string): Bilingual => ({ zh, en });
export const UP: Escalation = { bringIn: 'next-in-chain', notify: true };

export const CALL_FORM: FormField[] = [
  {
    name: 'outcome',
    type: 'select',
    required: true,
    label: t('通话结果', 'Outcome of the call'),
    options: [
      { value: 'NO_ANSWER', label: t('无人接听', 'No answer') },
      { value: 'PROMISED', label: t('承诺缴费', 'Promised to pay') },
      { value: 'DISPUTE', label: t('对费用有异议', 'Disputes the charges') },
      { value: 'REFUSED', label: t('拒绝缴费', 'Refuses to pay') },
    ],
  },
  { name: 'promisedDate', type: 'date', label: t('承诺缴费日期', 'Promised payment date') },
  { name: 'disputeReason', type: 'textarea', label: t('异议或欠费原因', 'Why (dispute or reason for not paying)') },
  { name: 'note', type: 'textarea', label: t('通话记录', 'Call notes') },
];

export const POST_FORM: FormField[] = [
  { name: 'trackingNumber', type: 'text', required: true, label: t('特快专递单号', 'Express mail tracking number') },
  { name: 'postedAt', type: 'date', required: true, label: t('寄出日期', 'Date posted') },
];

export const VISIT_FORM: FormField[] = [
  {
    name: 'outcome',
    type: 'select',
    required: true,
    label: t('拜访结果', 'Outcome of the visit'),
    options: [
      { value: 'MET', label: t('见到住户', 'Met the household') },
      { value: 'NOT_HOME', label: t('无人在家', 'Nobody at home') },
      { value: 'PROMISED', label: t('承诺缴费', 'Promised to pay') },
      { value: 'REFUSED', label: t('拒绝缴费', 'Refuses to pay') },
    ],
  },
  { name: 'note', type: 'textarea', required: true, label: t('拜访记录', 'Visit notes') },
];

export const DECISION_FORM: FormField[] = [
  {
    name: 'decision',
    type: 'select',
    required: true,
    label: t('是否移交法律途径', 'Refer to legal channels?'),
    options: [
      { value: 'APPROVE', label: t('批准移交', 'Approve the referral') },
      { value: 'DECLINE', label: t('暂不移交', 'Not now') },
    ],
  },
  { name: 'reason', type: 'textarea', required: true, label: t('理由（长期无理拒缴的依据）', 'Reason (why the refusal is unjustified)') },
];
