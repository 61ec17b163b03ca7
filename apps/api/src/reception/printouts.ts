import { renderPdf, type PdfFont } from '../../../common/pdf';

const local = (d: Date | string | null | undefined) => (d ? new Date(new Date(d).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '—');

const KIND: Record<string, string> = { COMPLAINT: '投诉 Complaint', PRAISE: '表扬 Praise', SUGGESTION: '建议 Suggestion', NEED: '需求 Need', CONSULTATION: '咨询 Consultation', REPAIR: '报修 Repair' };
const CHANNEL: Record<string, string> = { VISIT: '来访 Visit', PHONE: '来电 Phone', LETTER: '来信 Letter', ONLINE: '网上 Online' };
const PROCESS: Record<string, string> = { complaint: '投诉 Complaint', repair: '报修 Repair order', 'specialist-question': '专业咨询 Specialist question' };
const DEPARTMENT: Record<string, string> = {
  CS: '客服部 Customer service',
  ENGINEERING: '工程部 Engineering',
  SECURITY: '保安部 Security',
  CLEANING: '保洁部 Cleaning',
  GREENING: '绿化部 Greening',
  FINANCE: '财务部 Finance',
  MANAGEMENT_OFFICE: '管理处 Management office',
};
const STATUS: Record<string, string> = { SENT: '已发出 Sent', ACKNOWLEDGED: '已签收 Acknowledged', REPLIED: '已回复 Replied', VOIDED: '作废 Voided' };

export interface EntryForPdf {
  id: number;
  kind: string;
  channel: string;
  receivedAt: Date;
  residentName: string;
  phone: string;
  content: string;
  reply: string | null;
  linkedProcess: string | null;
  caseId: number | null;
  takenBy: { displayName: string } | null;
  handler: { displayName: string } | null;
  praisedStaff: { displayName: string } | null;
  household: { name: string; unit: { number: string; building: { name: string } } } | null;
}

/** REC-1: a day's reception log (住户接待登记表), one section per entry, for the file and the supervisor's review. */
export function renderDayLog(font: PdfFont, day: string, entries: EntryForPdf[]): Promise<Buffer> {
  return renderPdf(font, {
    title: `住户接待登记表 Reception log ${day}`,
    subtitle: `共 ${entries.length} 条 · ${entries.length} entries · 时间为北京时间 (UTC+8)`,
    sections: entries.map((e, i) => ({
      heading: `${i + 1}. ${local(e.receivedAt).slice(11)} · ${KIND[e.kind] ?? e.kind} · ${CHANNEL[e.channel] ?? e.channel}`,
      lines: [
        `住户 Resident: ${e.residentName} ${e.phone}${e.household ? ` · ${e.household.unit.building.name} ${e.household.unit.number}` : ''}`,
        `内容 What was said: ${e.content}`,
        ...(e.reply ? [`答复 Answered: ${e.reply}`] : []),
        ...(e.praisedStaff ? [`表扬 Praised: ${e.praisedStaff.displayName}`] : []),
        `接待 Taken by: ${e.takenBy?.displayName ?? '—'} · 处理 Handled by: ${e.handler?.displayName ?? e.takenBy?.displayName ?? '—'} · 已复述确认 Read back and confirmed`,
        ...(e.linkedProcess && e.caseId ? [`转为 Became: ${PROCESS[e.linkedProcess] ?? e.linkedProcess} #${e.caseId}`] : []),
      ],
    })),
  });
}

export interface ContactFormForPdf {
  number: string;
  toDepartment: string;
  subject: string;
  content: string;
  replyBy: Date | null;
  status: string;
  createdAt: Date;
  acknowledgedAt: Date | null;
  reply: string | null;
  repliedAt: Date | null;
  createdBy: { displayName: string } | null;
  acknowledgedBy: { displayName: string } | null;
  repliedBy: { displayName: string } | null;
}

/** REC-5: the printable work contact form (工作联系单), with its acknowledgement and reply when recorded. */
export function renderContactForm(font: PdfFont, form: ContactFormForPdf): Promise<Buffer> {
  return renderPdf(font, {
    title: `工作联系单 Work contact form ${form.number}`,
    subtitle: `${STATUS[form.status] ?? form.status} · 时间为北京时间 (UTC+8)`,
    sections: [
      {
        heading: '联系事项 The matter',
        lines: [
          `发出 From: 客服部 Customer service · ${form.createdBy?.displayName ?? '—'} · ${local(form.createdAt)}`,
          `接收部门 To: ${DEPARTMENT[form.toDepartment] ?? form.toDepartment}`,
          `事由 Subject: ${form.subject}`,
          `内容 Details: ${form.content}`,
          `要求回复时间 Reply by: ${local(form.replyBy)}`,
        ],
      },
      { heading: '签收 Acknowledged', lines: [form.acknowledgedAt ? `${form.acknowledgedBy?.displayName ?? '—'} · ${local(form.acknowledgedAt)}` : '签收人 / 时间 Signed / date: ____________________'] },
      { heading: '回复 Reply', lines: form.reply ? [form.reply, `${form.repliedBy?.displayName ?? '—'} · ${local(form.repliedAt)}`] : ['', '', '回复人 / 时间 Signed / date: ____________________'] },
    ],
  });
}
