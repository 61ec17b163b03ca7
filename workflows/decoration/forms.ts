import type { Bilingual, FormField } from '../core/types';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/** DEC-2: engineering reviews the plan; a rejection names what to change. */
export const PLAN_REVIEW_FORM: FormField[] = [
  {
    name: 'decision',
    type: 'select',
    required: true,
    label: t('方案审核结论', 'Plan review'),
    options: [
      { value: 'APPROVED', label: t('方案符合规定，同意施工', 'The plan complies: works may go ahead') },
      { value: 'REJECTED', label: t('方案不符合规定，不予批准', 'The plan does not comply: not approved') },
    ],
  },
  { name: 'note', type: 'textarea', required: true, label: t('审核意见', 'Review notes') },
];

/** DEC-4: the cashier collects the garbage clearance fee and the deposit, with receipts. */
export const COLLECT_FORM: FormField[] = [
  {
    name: 'method',
    type: 'select',
    required: true,
    label: t('收款方式', 'Payment method'),
    options: [
      { value: 'CASH', label: t('现金', 'Cash') },
      { value: 'CARD', label: t('刷卡', 'Card') },
      { value: 'TRANSFER', label: t('转账', 'Bank transfer') },
    ],
  },
];

/** DEC-5: engineering and security acknowledge the start of works they supervise. */
export const NOTICE_FORM: FormField[] = [{ name: 'acknowledged', type: 'boolean', required: true, label: t('已知悉，将按规定监管', 'Noted: we will supervise the works') }];

/** DEC-5: an inspection of the works, or security's after-hours check; a violation stops the works. */
export const SUPERVISION_FORM: FormField[] = [
  {
    name: 'finding',
    type: 'select',
    required: true,
    label: t('检查结果', 'Finding'),
    options: [
      { value: 'OK', label: t('正常', 'In order') },
      { value: 'VIOLATION', label: t('发现违规，停工整改', 'Violation: stop the works') },
    ],
  },
  { name: 'notes', type: 'textarea', required: true, label: t('检查记录', 'Notes') },
];

/**
 * DEC-5: after the acceptance inspection is walked and confirmed (its items are the record of what was found),
 * what happens to the deposit, with the reason.
 */
export const ACCEPTANCE_FORM: FormField[] = [
  {
    name: 'deposit',
    type: 'select',
    required: true,
    label: t('装修押金', 'Deposit'),
    options: [
      { value: 'REFUND', label: t('退还', 'Refund') },
      { value: 'KEEP', label: t('扣留（写明理由）', 'Keep (give the reason)') },
    ],
  },
  { name: 'notes', type: 'textarea', required: true, label: t('验收记录及押金处理理由', 'Acceptance notes and the reason for the deposit') },
];

/** DEC-5: the permit's days are over and the works are not reported finished: the desk calls the owner. */
export const PERMIT_ENDED_FORM: FormField[] = [
  {
    name: 'contacted',
    type: 'boolean',
    required: true,
    label: t('已联系业主：完工的报完工验收，未完工的重新办理许可证（出入证已过期）', "Called the owner: finished works are reported for acceptance, unfinished ones need a new permit (the passes have expired)"),
  },
  { name: 'note', type: 'textarea', label: t('备注', 'Notes') },
];
