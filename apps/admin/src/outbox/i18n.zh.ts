import type { Shape } from '../i18n/messages';
import type { outboxEn } from './i18n.en';

/** The outbox area's messages in Simplified Chinese: the same keys as `./i18n.en`, or it does not compile. */
export const outboxZh: Shape<typeof outboxEn> = {
  resources: {
    messages: {
      name: '消息',
      fields: {
        q: '搜索收件人或内容',
        createdAt: '创建时间',
        channel: '渠道',
        recipient: '收件人',
        recipientName: '收件人',
        template: '模板',
        language: '语言',
        subject: '主题',
        body: '正文',
        status: '状态',
        attempts: '尝试次数',
        lastError: '最近错误',
        case: '个案',
        caseId: '个案',
        householdId: '住户',
        providerId: '服务商编号',
        trackingNumber: '快递单号',
        postedAt: '寄出时间',
        sentAt: '发送时间',
        deliveredAt: '送达时间',
        failedAt: '失败时间',
      },
    },
  },
  estate: {
    outbox: {
      title: '发件箱',
      attempts: '已尝试 %{smart_count} 次',
      retry: '重新发送',
      retried: '消息已重新排队',
      open_pdf: '打开 PDF',
      record_posting: '登记寄出',
      correct_posting: '更正寄出信息',
      posting: '寄出信息',
      posting_recorded: '已登记寄出信息',
      tracking_invalid: '6 至 40 个字母、数字或短横线',
      posted_at_hint: '不填则为现在',
    },
  },
};
