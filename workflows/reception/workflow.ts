import { proxyActivities } from '@temporalio/workflow';
import { openCase, type DeliveryPolicy } from '../core/case';
import type { Bilingual, Candidate, Department, Escalation, FormField } from '../core/types';
import type { ReceptionActivities } from './activities';
import type { ReceptionPolicy } from './policy';

const acts = proxyActivities<ReceptionActivities>({ startToCloseTimeout: '30 seconds' });

export interface SpecialistQuestionInput {
  caseId: number;
  questionId: number;
  householdId?: number;
  question: string;
  /** The specialist: a department, or a named person. */
  department?: Department;
  specialistId?: number;
  /** Who tells the resident the answer (the entry's handler, else the reception). */
  tellerId?: number;
  /** REC-2: the time promised to the resident (ISO). */
  promisedBy: string;
  policy: ReceptionPolicy;
  delivery: DeliveryPolicy;
}

const t = (zh: string, en: string): Bilingual => ({ zh, en });

const ANSWER_FORM: FormField[] = [{ name: 'answer', type: 'textarea', required: true, label: t('专业答复', 'The answer') }];

/** A resident without a household file has no SMS address in the outbox: they are told by phone. */
const tellForm = (sms: boolean): FormField[] => [
  {
    name: 'method',
    type: 'select',
    required: true,
    label: t('答复住户方式', 'How the resident was told'),
    options: [{ value: 'PHONE', label: t('电话', 'Phone') }, ...(sms ? [{ value: 'SMS', label: t('短信', 'SMS') }] : [])],
  },
  { name: 'note', type: 'textarea', label: t('告知内容（短信即发送此内容，空则发送专业答复）', 'What was said (the SMS text; empty sends the answer)') },
];

/**
 * REC-2 (seed 004 §2(2)): a question the desk cannot answer is put to a specialist through a task; the
 * resident is answered by the time promised to them. The promise is the specialist's deadline and the
 * desk's; a missed one brings the next level in, and silence escalates again.
 */
export async function specialistQuestionWorkflow(input: SpecialistQuestionInput): Promise<'answered' | 'cancelled'> {
  const { policy } = input;
  const kase = await openCase({ caseId: input.caseId, delivery: input.delivery });
  const up: Escalation = { bringIn: 'next-in-chain', notify: true, followUp: policy.escalationFollowUp };
  const promise = { key: 'promised', label: t('答应住户的答复时间', 'The time promised to the resident'), due: { at: input.promisedBy }, escalate: up };
  const specialist: Candidate = input.specialistId !== undefined ? { assigneeId: input.specialistId } : { department: input.department ?? 'CS' };

  const ask = await kase.openTask({ key: 'answer', title: t('专业问题：请答复', 'Specialist question: please answer'), candidate: specialist, form: ANSWER_FORM, deadlines: [promise] });
  const answered = await ask.result();
  if (answered.status !== 'completed') return 'cancelled';
  const answer = String(answered.formData.answer).trim();
  await acts.recordSpecialistAnswer(input.questionId, answer, answered.completedBy);

  // The promised time still holds for telling the resident; past it, the policy's short time to do so.
  const tellDue = Date.parse(input.promisedBy) > Date.now() ? promise : { key: 'tell', label: t('尽快答复住户', 'Tell the resident now'), due: policy.tellWithin, escalate: up };
  const tell = await kase.openTask({
    key: 'tell',
    title: t('把专业答复告知住户', 'Tell the resident the answer'),
    candidate: input.tellerId !== undefined ? { assigneeId: input.tellerId } : { role: 'RECEPTION' },
    form: tellForm(input.householdId !== undefined),
    deadlines: [tellDue],
  });
  const told = await tell.result();
  if (told.status !== 'completed') return 'cancelled';
  const method = String(told.formData.method);
  if (method === 'SMS' && input.householdId !== undefined) {
    const note = typeof told.formData.note === 'string' && told.formData.note.trim() ? told.formData.note.trim() : answer;
    await kase.send({ channel: 'SMS', to: { householdId: input.householdId }, template: 'notice', params: { subject: '咨询答复', text: note }, key: 'answer' });
  }
  await acts.recordResidentTold(input.questionId, method, told.completedBy);
  await kase.finish('answered');
  return 'answered';
}
