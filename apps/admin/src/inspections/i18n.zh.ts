import type { Shape } from '../i18n/messages';
import type { inspectionsEn } from './i18n.en';

/** 验房（核心）的中文文本。 */
export const inspectionsZh: Shape<typeof inspectionsEn> = {
  resources: {
    inspections: {
      name: '验房',
      fields: { id: '编号', title: '验房', titleZh: '验房', status: '状态', defects: '缺陷', createdAt: '开始时间' },
    },
  },
  estate: {
    inspections: {
      condition: { GOOD: '合格', DEFECT: '缺陷', NOT_APPLICABLE: '不适用' },
      status: { OPEN: '进行中', CONFIRMED: '已确认' },
      progress: '已检 %{done}/%{total} 项，缺陷 %{defects} 项',
      note: '问题及位置',
      save_defect: '保存缺陷',
      photo: '拍照（%{smart_count}）',
      saved: '已保存',
      photo_added: '照片已添加',
      signed_off: '%{name} 已复验签收',
      sign_off_name: '业主姓名',
      sign_off: '业主签收',
      signed: '已签收',
      meters: '水电气表读数',
      meter: { WATER: '水表（立方米）', ELECTRICITY: '电表（千瓦时）', GAS: '燃气表（立方米）' },
      save_meters: '保存读数',
      confirmations: '双方确认',
      confirm_name: '姓名（%{party}）',
      confirm: '%{party}确认',
      confirmed: '已确认',
      confirmed_by: '%{party}：%{name} 已确认',
      locked: '已有一方确认，结果不能再修改。',
      all_confirmed: '各方均已确认。',
      next_room: '下一间：%{room}',
      report: '验房报告（PDF）',
    },
  },
};
