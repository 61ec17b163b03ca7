import type { Shape } from './messages';
import type { sharedEn } from './shared.en';

/** The messages every area uses, in Simplified Chinese: the same keys as `./shared.en`. */
export const sharedZh: Shape<typeof sharedEn> = {
  estate: {
    templates: {
      'task-escalated': '任务升级通知',
      'task-followed-up': '逾期督办通知',
      'task-arrived-urgent': '紧急待办通知',
      'complaint-result': '投诉处理结果',
      notice: '通知',
      'fee-notice': '缴费通知',
      'dunning-reminder': '催缴提醒',
      'dunning-demand-letter': '催缴函',
    },
    app: {
      title: '物业客服台',
      subtitle: '客户服务后台',
    },
    auth: {
      wrong_credentials: '用户名或密码错误',
      session_expired: '登录已过期，请重新登录',
    },
    common: {
      none: '—',
    },
    validation: {
      integer: '必须是整数',
      two_decimals: '最多两位小数',
      phone: '只能包含数字、空格和短横线（5 至 20 位），可以 + 开头',
      username: '3 至 32 个小写字母、数字、点、短横线或下划线',
      code: '只能包含字母、数字和短横线',
      positive: '必须大于零',
      not_negative: '不能为负数',
      period: '月份，格式为 YYYY-MM',
    },
    enums: {
      occupancy: {
        OWNER: '业主',
        TENANT: '租户',
      },
      partyType: {
        INDIVIDUAL: '个人',
        COMPANY: '单位',
      },
      unitStatus: {
        OCCUPIED: '已入住',
        VACANT: '空置',
        CUSTODY: '空置托管（按 70% 收费）',
      },
      language: {
        zh: '中文',
        en: '英文',
      },
      documentKind: {
        ID_COPY: '身份证复印件',
        MOVE_IN_NOTICE: '入住通知书',
        PURCHASE_CONTRACT: '购房合同',
        POWER_OF_ATTORNEY: '授权委托书',
        COMPANY_CERTIFICATE: '营业执照',
        AGREEMENT: '协议',
        PERMIT: '许可证',
        NOTICE: '通知',
        LEGAL_BUNDLE: '法律移交材料',
        OTHER: '其他',
      },
      loanStatus: {
        OUT: '借出中',
        OVERDUE: '已逾期',
        RETURNED: '已归还',
      },
      role: {
        RECEPTION: '前台接待',
        SERVICE_COMMISSIONER: '客服专员',
        ENGINEER: '工程维修',
        CASHIER: '收费员',
        INTERNAL_CLERK: '内勤',
        CS_SUPERVISOR: '客服主管',
        OFFICE_DIRECTOR: '管理处主任',
        ADMIN: '系统管理员',
        DEPT_STAFF: '部门员工',
        DEPT_SUPERVISOR: '部门主管',
      },
      department: {
        CS: '客服部',
        ENGINEERING: '工程部',
        SECURITY: '保安部',
        CLEANING: '保洁部',
        GREENING: '绿化部',
        FINANCE: '财务部',
        MANAGEMENT_OFFICE: '管理处',
      },
      taskStatus: {
        OPEN: '待办',
        COMPLETED: '已完成',
        CANCELLED: '已取消',
      },
      caseStatus: {
        OPEN: '处理中',
        CLOSED: '已结案',
      },
      priority: {
        LOW: '低',
        NORMAL: '普通',
        HIGH: '高',
        URGENT: '紧急',
      },
      messageStatus: {
        QUEUED: '排队中',
        SENT: '已发送',
        DELIVERED: '已送达',
        FAILED: '发送失败',
      },
      channel: {
        SMS: '短信',
        EMAIL: '电子邮件',
        LETTER: '信函',
      },
      process: {
        complaint: '投诉',
        repair: '报修',
        dunning: '欠费催缴',
        'home-collection': '上门收费',
        'move-in': '入住',
        decoration: '装修审批',
        'core-demo': '演示流程',
      },
      complaintTier: {
        MAJOR: '重大',
        IMPORTANT: '重要',
        MINOR: '轻微',
      },
      complaintChannel: {
        FRONT_DESK: '前台来访',
        HOTLINE: '服务热线',
        LETTER: '来信',
        ONLINE: '网上',
      },
      complaintStatus: {
        OPEN: '处理中',
        RESOLVED: '已解决',
        INVALID: '无效',
      },
      informMethod: {
        PHONE: '电话',
        VISIT: '上门',
        SMS: '短信',
      },
      satisfaction: {
        SATISFIED: '满意',
        DISSATISFIED: '不满意',
      },
      noticeChannel: {
        SMS: '短信',
        EMAIL: '电子邮件',
        LETTER: '纸质信函',
      },
      chargeBasis: {
        AREA: '按面积',
        FIXED: '固定金额',
        METERED: '按读数',
      },
      billingTrigger: {
        SCHEDULE: '定时',
        MANUAL: '手动',
      },
      billingRunStatus: {
        RUNNING: '进行中',
        COMPLETED: '已完成',
        FAILED: '失败',
      },
      billStatus: {
        OPEN: '未结清',
        PAID: '已缴清',
        WAIVED: '已减免',
      },
      paymentMethod: {
        CASH: '现金',
        CARD: '银行卡',
        TRANSFER: '转账',
        BANK_DEBIT: '银行代扣',
      },
      paymentChannel: {
        COUNTER: '柜台',
        HOME: '上门',
        BANK: '银行',
      },
      agingBucket: {
        '0-30': '0–30 天',
        '31-90': '31–90 天',
        '91-180': '91–180 天',
        '181+': '180 天以上',
      },
      ladderStep: {
        OVERDUE: '已逾期',
        REMINDED: '已提醒',
        LETTER_SENT: '催缴函',
        VISITED: '上门拜访',
        LEGAL_REVIEW: '法务审核',
        REFERRED: '移交法律',
      },
      ladderStatus: {
        ACTIVE: '进行中',
        PAUSED: '暂停',
        HELD: '搁置',
        STOPPED: '已结束',
      },
      ladderStopReason: {
        paid: '欠费已缴清',
        waived: '欠费已减免',
        referred: '已移交法律途径',
        closed: '个案已关闭',
      },
      ladderPauseReason: {
        'partial-payment': '已收到部分款项',
        agreement: '分期协议',
      },
      ladderResumeReason: {
        'pause-ended': '暂停期结束',
        'agreement-broken': '未按期付款',
        released: '经理解除搁置',
        'dispute-resolved': '争议投诉已解决',
      },
      callOutcome: {
        NO_ANSWER: '无人接听',
        PROMISED: '承诺缴费',
        DISPUTE: '对费用有异议',
        REFUSED: '拒绝缴费',
      },
    },
  },
};
