import type { Shape } from '../../i18n/messages';
import type { myNoticesEn } from './i18n.en';

/** 员工本人的通知设置、员工页面上通知方式的中文文本，与 `./i18n.en` 的键相同。 */
export const myNoticesZh: Shape<typeof myNoticesEn> = {
  resources: {
    staff: {
      fields: {
        taskNotice: '新任务通知',
      },
    },
  },
  estate: {
    enums: {
      taskNotice: {
        NONE: '不通知',
        EMAIL: '电子邮件',
        SMS: '短信',
        BOTH: '邮件和短信',
      },
    },
    my_notices: {
      menu: '我的通知设置',
      title: '我的通知设置',
      intro: '有任务分派给您，或进入您所在的队列时，按您在这里的选择通知您：每项任务只通知一次，并附上任务链接。',
      choice: '新任务通知方式',
      email_hint: '邮件通知发到这个地址',
      phone_hint: '短信通知发到这个号码',
      language: '通知语言',
      language_hint: '通知使用的语言',
      email_needed: '选择邮件通知须填写电子邮件地址',
      phone_needed: '选择短信通知须填写手机号码',
      saved: '通知设置已保存。',
      load_failed: '无法读取您的设置。',
    },
  },
};
