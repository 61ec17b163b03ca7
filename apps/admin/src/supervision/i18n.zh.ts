import type { Shape } from '../i18n/messages';
import type { supervisionEn } from './i18n.en';

/** 督办区的中文文案（今日工作台、某日前台接待记录、未办结事项周报），与英文同形。 */
export const supervisionZh: Shape<typeof supervisionEn> = {
  resources: {
    'unfinished-summaries': {
      name: '未办结事项周报',
      fields: { id: '编号', generatedAt: '生成时间', openCount: '未办结', overdueCount: '逾期', messages: '邮件发送给' },
    },
  },
  estate: {
    supervision: {
      today: '今日工作台',
      loadFailed: '数据加载失败，请稍后重试。',
      totals: { open: '全部未办结事项', overdue: '逾期任务', escalatedToday: '今日升级', openedToday: '今日新增个案', receptionToday: '今日接待登记' },
      openWork: '各流程未办结事项（按时长）',
      process: '流程',
      open: '未办结',
      overdue: '逾期',
      openedToday: '今日新增',
      byAge: '按时长',
      days: '%{range} 天',
      byOwner: '各负责人的未办结任务',
      overdueOf: '%{open} 件中逾期 %{overdue} 件',
      escalatedToday: '今日升级',
      noneEscalated: '今日没有升级的事项。',
      missed: '%{time} 超过“%{deadline}”期限，第 %{level} 级',
      figures: {
        title: '本月部门指标（%{month}）',
        collectionRate: '物业费收缴率',
        complaintReturnVisits: '投诉回访率',
        repairReturnVisits: '维修回访率',
        onTimeByTier: '各级投诉按时处理',
        onTimeOf: '%{done} 件中按时 %{onTime} 件',
        satisfaction: '满意率：%{channel}',
      },
      tiers: { MAJOR: '重大', IMPORTANT: '重要', MINOR: '轻微' },
      caseStatus: { OPEN: '办理中', CLOSED: '已办结' },
      frontDesk: {
        title: '%{day} 前台接待记录',
        cases: '当日受理的个案（%{count} 件）',
        entries: '住户接待登记（%{count} 条）',
        time: '时间',
        case: '个案',
        status: '状态',
        linkedCase: '已转为个案 #%{id}',
        signedOff: '%{name} 已审阅签字：%{remarks}',
        waiting: '客服主管尚未审阅签字。',
        openReview: '打开审阅任务',
      },
      summaries: {
        pdf: 'PDF',
        status: { QUEUED: '待发送', SENT: '已发送', DELIVERED: '已送达', FAILED: '发送失败' },
      },
      menu: { waiting: '%{count} 件待办' },
    },
  },
};
