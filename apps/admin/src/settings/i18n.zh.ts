import type { Shape } from '../i18n/messages';
import type { settingsEn } from './i18n.en';
import { policiesZh } from './policies/i18n.zh';

/** The settings area's messages in Simplified Chinese: the same keys as `./i18n.en`, or it does not compile. */
export const settingsZh: Shape<typeof settingsEn> = {
  resources: {
    staff: {
      name: '员工',
      fields: {
        q: '搜索',
        username: '用户名',
        displayName: '姓名',
        password: '密码',
        role: '岗位',
        department: '部门',
        phone: '电话',
        email: '电子邮箱',
        language: '界面语言',
        active: '在职',
        passwordVersion: '密码更改次数',
      },
    },
    policies: {
      name: '策略',
      fields: {
        key: '策略',
        version: '版本',
        note: '说明',
        createdById: '保存人',
        createdAt: '保存时间',
      },
    },
    'calendar-days': {
      name: '工作日历',
      fields: {
        date: '日期',
        workday: '调休上班',
        nameZh: '中文名称',
        nameEn: '英文名称',
      },
    },
  },
  estate: {
    staff: {
      admin_only: '只有系统管理员可以新建或修改员工账号。',
      password_hint: '至少 8 个字符',
      new_password: '新密码',
      new_password_hint: '不填则保留原密码',
      history: '变更记录',
    },
    policies: policiesZh,
    calendar: {
      workday: '调休上班',
      holiday: '节假日',
      workday_hint: '开启：周末调休上班；关闭：法定节假日。',
    },
  },
};
