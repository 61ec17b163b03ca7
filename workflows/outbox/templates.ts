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
      zh: '{name}，您好：\n\n案件 #{caseId} 的任务“{task}”已超过期限，现已升级至第 {level} 级并转到您处理。\n下一期限：{dueAt}\n\n请登录客服后台的待办事项处理。',
      en: 'Dear {name},\n\nThe task "{task}" of case #{caseId} missed its deadline. It is now at escalation level {level} and waits for you.\nNext deadline: {dueAt}\n\nPlease handle it in your inbox in the back office.',
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
  notice: {
    channels: ['SMS', 'EMAIL', 'LETTER'],
    subject: { zh: '{subject}', en: '{subject}' },
    body: { zh: '{name}，您好：{text}', en: 'Dear {name}, {text}' },
  },
};

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
