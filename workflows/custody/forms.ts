import type { Bilingual, FormField } from '../core/types';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/** MOV-7: the exterior patrol of a unit in custody and what was found. */
export const PATROL_FORM: FormField[] = [
  {
    name: 'result',
    type: 'select',
    required: true,
    label: t('巡查结果', 'Result'),
    options: [
      { value: 'OK', label: t('正常', 'All in order') },
      { value: 'PROBLEM', label: t('发现问题，需维修', 'A problem found: to be repaired') },
    ],
  },
  { name: 'findings', type: 'textarea', required: true, label: t('巡查情况（门窗、外墙、阳台、渗漏、水电表等）', 'Findings (doors, windows, walls, balcony, leaks, meters)') },
  {
    name: 'category',
    type: 'select',
    label: t('问题类别（发现问题时）', 'Kind of problem (when one is found)'),
    options: [
      { value: 'LEAK', label: t('房屋渗漏水', 'Leak') },
      { value: 'DOORS', label: t('门窗锁具', 'Doors and locks') },
      { value: 'WALLS', label: t('墙地面及装修', 'Walls, floors and finishes') },
      { value: 'PLUMBING', label: t('给排水', 'Plumbing') },
      { value: 'ELECTRICAL', label: t('电气线路', 'Electrical') },
      { value: 'OTHER', label: t('其他', 'Other') },
    ],
  },
];

/** MOV-7: a meter alert looked into (a leak, or someone living in the unit). */
export const ALERT_FORM: FormField[] = [
  {
    name: 'cause',
    type: 'select',
    required: true,
    label: t('原因', 'Cause'),
    options: [
      { value: 'LEAK', label: t('漏水或设备故障', 'A leak or a fault') },
      { value: 'OCCUPIED', label: t('有人居住或使用', 'Someone lives in or uses the unit') },
      { value: 'METER', label: t('抄表错误', 'A wrong reading') },
      { value: 'OTHER', label: t('其他', 'Other') },
    ],
  },
  { name: 'action', type: 'textarea', required: true, label: t('处理情况', 'What was done') },
  { name: 'ownerContacted', type: 'boolean', required: true, label: t('已联系业主', 'The owner was contacted') },
];

/** A problem found whose repair is paid (out of warranty): the owner agrees the charge before an order is opened. */
export const OWNER_REPAIR_FORM: FormField[] = [
  { name: 'ownerContacted', type: 'boolean', required: true, label: t('已联系业主并告知问题', 'The owner was told of the problem') },
  { name: 'outcome', type: 'textarea', required: true, label: t('业主意见及处理（如需有偿维修，请在前台开维修单）', "The owner's answer (a paid repair is taken at the desk)") },
];
