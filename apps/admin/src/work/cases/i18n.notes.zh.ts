import type { Shape } from '../../i18n/messages';
import type { notesEn } from './i18n.notes.en';

/** 个案备注、快捷回复及其个案记录的中文文本，与 `./i18n.notes.en` 的键相同。 */
export const notesZh: Shape<typeof notesEn> = {
  estate: {
    notes: {
      title: '备注与附件',
      label: '内部备注',
      placeholder: '仅员工可见，不会发给住户',
      take_photo: '拍照',
      add_file: '照片或 PDF',
      remove_file: '移除 %{name}',
      save: '保存备注',
      saved: '备注已保存。',
      none: '暂无备注。',
      too_many: '一条备注最多附 %{max} 个文件。',
      empty: '请填写备注或附上文件。',
      staff_only: '仅员工可见',
      files: '%{smart_count} 个附件',
    },
    quick_replies: {
      button: '快捷回复',
      none: '这里没有可用的快捷回复。',
      load_failed: '快捷回复加载失败。',
      inserted: '已插入，发送前可修改。',
    },
    timeline: {
      notes: {
        NOTE_ADDED: '%{actor} 添加了备注',
        ATTACHMENT_ADDED: '%{actor} 添加了附件：%{name}',
      },
    },
  },
};
