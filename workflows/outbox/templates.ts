/**
 * Message templates per channel, in Chinese and English. `{name}` is the recipient's name;
 * other placeholders come from the sender. A process adds its own templates here.
 */
export type Channel = 'SMS' | 'EMAIL' | 'LETTER';
export type Language = 'zh' | 'en';

interface Template {
  channels: Channel[];
  subject?: Record<Language, string>;
  body: Record<Language, string>;
}

export const TEMPLATES: Record<string, Template> = {
  'task-escalated': {
    channels: ['EMAIL'],
    subject: { zh: '任务已升级（第 {level} 级）：{task}', en: 'Task escalated (level {level}): {task}' },
    body: {
      zh: '{name}，您好：\n\n个案 #{caseId} 的任务“{task}”已超过期限，现已升级至第 {level} 级并转到您处理。\n{next}\n\n在客服后台打开此任务：{link}',
      en: 'Dear {name},\n\nThe task "{task}" of case #{caseId} missed its deadline. It is now at escalation level {level} and waits for you.\n{next}\n\nOpen the task in the back office: {link}',
    },
  },
  'task-followed-up': {
    channels: ['EMAIL'],
    subject: { zh: '任务已逾期，请跟进（第 {level} 级）：{task}', en: 'Overdue, please follow up (level {level}): {task}' },
    body: {
      zh: '{name}，您好：\n\n个案 #{caseId} 的任务“{task}”已超过“{deadline}”期限，现升级至第 {level} 级。任务仍由原经办人办理，请您跟进督办；您也可以在客服后台改派、延期或亲自接手。\n跟进期限：{dueAt}（逾期将继续向上升级）\n\n在客服后台打开此任务：{link}',
      en: 'Dear {name},\n\nThe task "{task}" of case #{caseId} has missed its deadline "{deadline}" and is now at escalation level {level}. It stays with whoever handles it; please follow it up. You can also reassign it, extend it or take it over in the back office.\nFollow-up due: {dueAt} (then it escalates further)\n\nOpen the task in the back office: {link}',
    },
  },
  'task-arrived-urgent': {
    channels: ['SMS', 'EMAIL'],
    subject: { zh: '紧急待办：{task}', en: 'Urgent task: {task}' },
    body: {
      zh: '{name}，您好：个案 #{caseId}“{case}”需要您今天处理：{task}。期限：{dueAt}。请登录客服后台待办事项查看。',
      en: 'Dear {name}, case #{caseId} "{case}" needs you today: {task}. Due: {dueAt}. Please see your inbox in the back office.',
    },
  },
  // A task arrived for a staff member or their queue, told as they chose (Staff.taskNotice).
  'task-arrived': {
    channels: ['SMS', 'EMAIL'],
    subject: { zh: '新待办：{task}（个案 #{caseId}）', en: 'New task: {task} (case #{caseId})' },
    body: {
      zh: '{name}，您好：个案 #{caseId}“{case}”有一项新待办：{task}。{how}期限：{dueAt}。在客服后台打开：{link}',
      en: 'Dear {name}, case #{caseId} "{case}" has a new task: {task}. {how} Due: {dueAt}. Open it in the back office: {link}',
    },
  },
  'complaint-result': {
    channels: ['SMS', 'EMAIL'],
    subject: { zh: '投诉处理结果', en: 'The result of your complaint' },
    body: {
      zh: '{name}，您好：{result}（如有疑问，请联系客服中心）',
      en: 'Dear {name}, {result} (Any question: please contact the service centre.)',
    },
  },
  'fee-notice': {
    channels: ['SMS', 'EMAIL', 'LETTER'],
    subject: { zh: '{period} 物业服务费缴费通知单', en: 'Fee notice for {period}' },
    body: {
      zh: '{name}，您好：{unit} {period} 应缴费用共 {amount} 元（{lines}），请于 {dueDate} 前到客服中心缴纳，或预约上门收取。账单号 {bill}。',
      en: 'Dear {name}, the charges of {unit} for {period} come to CNY {amount} ({lines}). Please pay by {dueDate} at the service centre, or book a collection at home. Bill {bill}.',
    },
  },
  'dunning-reminder': {
    channels: ['SMS'],
    body: {
      zh: '{name}，您好：您 {periods} 的物业服务费等费用共 {amount} 元尚未缴纳，请于 {deadline} 前缴纳。如有疑问请联系客服中心；如已缴纳请忽略本短信。',
      en: 'Dear {name}, CNY {amount} for {periods} is still unpaid. Please pay by {deadline}. Questions: please call the service centre. If you have paid, please ignore this message.',
    },
  },
  'dunning-demand-letter': {
    channels: ['LETTER'],
    subject: { zh: '催缴函', en: 'Formal demand for payment' },
    body: {
      zh: '{name}：\n\n截至 {today}，您户 {unit} {periods} 的物业服务费等费用共 {amount} 元仍未缴纳。我处已于 {noticeDate} 电话及短信通知，至今未缴。\n\n根据《中华人民共和国民法典》第九百四十四条，业主应当按照约定向物业服务人支付物业费；业主违反约定逾期不支付物业费的，物业服务人可以催告其在合理期限内支付，合理期限届满仍不支付的，物业服务人可以提起诉讼或者申请仲裁。\n\n现特此函告：请于 {deadline} 前到客服中心缴清上述欠费。逾期仍未缴纳的，我处将上门催缴，并依法通过诉讼或仲裁途径追缴。\n\n如对费用有异议，请在上述期限内与客服中心联系。',
      en: 'Dear {name},\n\nAs of {today}, CNY {amount} in charges for {unit} for {periods} remains unpaid. We notified you by phone and SMS on {noticeDate}, and the amount has not been paid since.\n\nUnder Article 944 of the Civil Code of the People\'s Republic of China, an owner shall pay the property fee as agreed; where an owner fails to pay it when due, the property service provider may demand payment within a reasonable time, and if it is still not paid when that time has passed, may bring a lawsuit or apply for arbitration.\n\nWe hereby formally demand that you pay the arrears above at the service centre by {deadline}. Otherwise we will call at your home to collect it and recover it by lawsuit or arbitration as the law provides.\n\nIf you dispute the charges, please contact the service centre before that date.',
    },
  },
  // MOV-7: a unit in custody.
  'custody-alert': {
    channels: ['SMS', 'EMAIL', 'LETTER'],
    subject: { zh: '托管房水电用量异常：{unit}', en: 'Unusual meter readings at your unit in custody: {unit}' },
    body: {
      zh: '{name}，您好：您托管的 {unit} 自托管开始以来用水 {water} 吨、用电 {electricity} 度，超过托管标准（水 {limitWater} 吨、电 {limitElectricity} 度），可能有漏水或有人使用。我们已安排人员查看，请与客服中心联系。',
      en: 'Dear {name}, since your unit {unit} went into custody it has used {water} m³ of water and {electricity} kWh of electricity, more than the custody limits (water {limitWater}, electricity {limitElectricity}): there may be a leak or someone using it. Our staff are looking into it; please contact the service centre.',
    },
  },
  'custody-problem': {
    channels: ['SMS', 'EMAIL', 'LETTER'],
    subject: { zh: '托管房巡查发现问题：{unit}', en: 'A problem found at your unit in custody: {unit}' },
    body: {
      zh: '{name}，您好：我们在巡查您托管的 {unit} 时发现：{findings}。维修单号：{order}。如有疑问请与客服中心联系。',
      en: 'Dear {name}, on patrol at your unit in custody {unit} we found: {findings}. Repair order: {order}. Please contact the service centre with any question.',
    },
  },
  'custody-ended': {
    channels: ['SMS', 'EMAIL', 'LETTER'],
    subject: { zh: '房屋托管已结束：{unit}', en: 'The custody of your unit has ended: {unit}' },
    body: {
      zh: '{name}，您好：按您的要求，{unit} 的托管已结束，已抄录结束时的水电表读数。自下一个收费周期起按全额收取物业服务费。',
      en: 'Dear {name}, as you asked, the custody of {unit} has ended and the closing meter readings are recorded. From the next billing cycle the property fee is charged in full.',
    },
  },
  // The property developer's handover list: the move-in notice and the appointment.
  'move-in-notice': {
    channels: ['SMS', 'LETTER'],
    subject: { zh: '入住通知书：{unit}', en: 'Move-in notice: {unit}' },
    body: {
      zh: '{name}，您好：您购买的 {unit} 已具备交付条件，请预约时间到客服中心办理入住手续。请携带：{documents}。委托他人办理的，另带业主授权委托书及受托人身份证。',
      en: 'Dear {name}, the unit you bought, {unit}, is ready to be handed over. Please book a time to complete the move-in at the service centre and bring: {documents}. Someone coming on your behalf also brings your power of attorney and their own ID card.',
    },
  },
  'move-in-appointment': {
    channels: ['SMS'],
    body: {
      zh: '{name}，您好：已为您预约 {unit} 的入住交付时间：{time}。请按时携带：{documents}。',
      en: 'Dear {name}, your move-in appointment for {unit} is booked: {time}. Please bring: {documents}.',
    },
  },
  notice: {
    channels: ['SMS', 'EMAIL', 'LETTER'],
    subject: { zh: '{subject}', en: '{subject}' },
    body: { zh: '{name}，您好：{text}', en: 'Dear {name}, {text}' },
  },
};

/** An escalation notice's line about the task's next deadline, or that it has none (a task may lose it). */
export const nextDeadlineLine = (language: Language, dueAt: string | null): string =>
  dueAt ? (language === 'en' ? `Next deadline: ${dueAt}` : `下一期限：${dueAt}`) : language === 'en' ? 'The task has no deadline now.' : '此任务目前没有期限。';

export function renderTemplate(
  name: string,
  channel: Channel,
  language: Language,
  params: Record<string, string | number>,
): { subject: string | null; body: string } {
  const template = TEMPLATES[name];
  if (!template) throw new Error(`Unknown message template "${name}"`);
  if (!template.channels.includes(channel)) throw new Error(`Template "${name}" has no ${channel} version`);
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, key: string) => {
      if (params[key] === undefined) throw new Error(`Template "${name}" needs the parameter "${key}"`);
      return String(params[key]);
    });
  return { subject: template.subject && channel !== 'SMS' ? fill(template.subject[language]) : null, body: fill(template.body[language]) };
}
