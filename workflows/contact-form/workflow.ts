import { proxyActivities } from '@temporalio/workflow';
import { openCase, type DeliveryPolicy } from '../core/case';
import type { Bilingual, Deadline, Department, Escalation } from '../core/types';
import type { ContactFormActivities } from './activities';
import type { ContactFormPolicy } from './policy';

const acts = proxyActivities<ContactFormActivities>({ startToCloseTimeout: '30 seconds' });

export interface ContactFormInput {
  caseId: number;
  formId: number;
  number: string;
  toDepartment: Department;
  /** Who sent it from customer service: the reply comes back to them. */
  senderId: number;
  /** The date the form asks the reply by (ISO); otherwise the policy's. */
  replyBy?: string;
  policy: ContactFormPolicy;
  delivery: DeliveryPolicy;
}

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/**
 * REC-5 (seed 001): a work contact form takes a major problem to another department. The receiving department
 * acknowledges it, then replies by the deadline; each missed deadline brings the next level in (the department's
 * supervisor, then the CS supervisor, then the office director). The reply comes back to customer service.
 */
export async function contactFormWorkflow(input: ContactFormInput): Promise<'replied' | 'cancelled'> {
  const { policy, toDepartment } = input;
  const kase = await openCase({ caseId: input.caseId, delivery: input.delivery, priority: 'HIGH' });
  const up: Escalation = { bringIn: 'next-in-chain', notify: true, followUp: policy.escalationFollowUp };

  const ack = await kase.openTask({
    key: 'acknowledge',
    title: t(`签收工作联系单 ${input.number}`, `Acknowledge work contact form ${input.number}`),
    candidate: { department: toDepartment },
    form: [{ name: 'note', type: 'textarea', label: t('签收意见', 'Note on receipt') }],
    deadlines: [{ key: 'acknowledge', label: t('签收', 'Acknowledged'), due: policy.acknowledgeWithin, escalate: up }],
  });
  const acknowledged = await ack.result();
  if (acknowledged.status !== 'completed') return 'cancelled';
  await acts.recordAcknowledged(input.formId, acknowledged.completedBy);

  const replyDeadline: Deadline = { key: 'reply', label: t('回复', 'Replied'), due: input.replyBy ? { at: input.replyBy } : policy.replyWithin, escalate: up };
  const reply = await kase.openTask({
    key: 'reply',
    title: t(`回复工作联系单 ${input.number}`, `Reply to work contact form ${input.number}`),
    candidate: { department: toDepartment },
    form: [{ name: 'reply', type: 'textarea', required: true, label: t('处理意见与结果', 'What was done, and the reply') }],
    deadlines: [replyDeadline],
  });
  const replied = await reply.result();
  if (replied.status !== 'completed') return 'cancelled';
  const text = String(replied.formData.reply).trim();
  await acts.recordReply(input.formId, text, replied.completedBy);
  // The reply comes back to customer service: to whoever sent the form, through the outbox.
  await kase.send({
    channel: 'EMAIL',
    to: { staffId: input.senderId },
    template: 'notice',
    params: { subject: `工作联系单 ${input.number} 已回复 / Work contact form ${input.number} replied`, text },
    key: 'reply',
  });
  await kase.finish('replied');
  return 'replied';
}
