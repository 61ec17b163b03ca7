import type { Shape } from '../i18n/messages';
import type { moveInEn } from './i18n.en';

/** 入住（MOV-1..MOV-6, MOV-8）的中文文本。 */
export const moveInZh: Shape<typeof moveInEn> = {
  resources: {
    'move-ins': {
      name: '入住',
      fields: {
        id: '编号',
        q: '搜索姓名、电话或房号',
        buildingId: '楼栋',
        householdId: '住户',
        applicantKind: '办理人',
        applicantName: '办理人',
        applicantPhone: '电话',
        appointmentAt: '预约时间',
        stage: '进度',
        createdAt: '办理时间',
        feeReceipt: '收费收据',
      },
    },
  },
  estate: {
    move_in: {
      new: '办理入住',
      board: '入住看板',
      board_chart: '各楼栋入住办理（按阶段）',
      defects_chart: '入住验房缺陷（按类别）：已签收与未完成',
      stage: { BOOKED: '已预约', IN_PROGRESS: '办理中', WAITING_FOR_DEFECTS: '待缺陷整改', DONE: '已完成' },
      applicant: { OWNER: '业主本人', PROXY: '业主委托人', COMPANY: '单位' },
      open_tasks: '待办步骤',
      no_open_tasks: '没有待办步骤。',
      documents: '证件资料（MOV-1）',
      registration: '住户登记表及协议（MOV-2）',
      keys: '钥匙、住户手册及线路图（MOV-3）',
      fee: '入住物业费（MOV-4）',
      inspection: '与业主验房（MOV-5、MOV-6）',
      inspection_later: '收费后开始验房。',
      fee_paid: '已收，收据 %{receipt}',
      fee_open: '已记入住户账目，由收银员收取。',
      household_name: '住户名称',
      phone: '电话',
      member_name: '同住成员',
      contact_name: '紧急联系人',
      relation: '关系',
      agreements: '已签协议',
      register: '保存登记',
      registered: '登记已保存',
      registration_done: '已登记。已签协议：%{agreements}',
      item: '物品',
      count: '数量',
      received_by: '签收人',
      issue: '登记发放',
      issued: '发放已登记',
      building: '楼栋',
      defects: '入住验房缺陷',
      category: '类别',
      found: '发现',
      signed_off: '已签收',
      open: '未完成',
      days_to_sign_off: '平均签收天数',
      household_tab: '入住',
      household_empty: '没有入住记录。',
    },
  },
};

// The name the areas test looks up (the folder's name, as every area's messages are named).
export { moveInZh as 'move-inZh' };
