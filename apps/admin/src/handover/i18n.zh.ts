import type { handoverEn } from './i18n.en';

/** 开发商交房名单、入住通知书与交房预约的中文文字。 */
export const handoverZh: typeof handoverEn = {
  resources: {
    'handover-notices': {
      name: '入住通知书',
      fields: {
        q: '搜索购房人、电话或房号',
        unit: '房屋',
        buyerName: '购房人',
        idNumber: '身份证号',
        phone: '手机',
        booked: '已预约',
        appointmentFrom: '交房预约',
      },
    },
  },
  estate: {
    handover: {
      import_title: '导入开发商交房名单',
      import_help: 'CSV 文件，首行为 “unit,buyer name,id number,phone”（或“房号,购房人,身份证号,手机”），每行一户；房号写作“楼栋代码/房号”。系统先检查整份名单：任何一行有误则整份不导入，并指出行号。每位购房人将收到入住通知书短信和信函，列明需携带的资料。',
      estate: '小区',
      choose_file: '选择 CSV 文件',
      import: '导入',
      imported: '已发出 %{count} 份入住通知书',
      refused: '未导入任何数据。请更正以下各行后重新导入：',
      not_booked: '尚未预约',
      book: '预约',
      move: '改约',
      booked: '已预约，并已短信通知购房人',
      time: '时间',
      minutes: '分钟',
      notice: '已发通知',
      sms: '短信',
      letter: '信函',
    },
  },
};
