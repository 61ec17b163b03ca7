import { condition, patched, proxyActivities } from '@temporalio/workflow';
import { openCase, type CaseRuntime, type DeliveryPolicy, type HumanTask } from '../core/case';
import type { Bilingual, Deadline, Department, Escalation, FormField, Priority } from '../core/types';
import type { ComplaintActivities } from './activities';
import { TIERS, type ComplaintPolicy, type Tier } from './policy';

const acts = proxyActivities<ComplaintActivities>({ startToCloseTimeout: '30 seconds' });

export interface ComplaintInput {
  caseId: number;
  complaintId: number;
  householdId?: number;
  tier: Tier;
  department: Department;
  damageOngoing: boolean;
  /** CMP-4: the date the resident asked for (ISO), for a minor complaint. */
  requestedBy?: string;
  /** CMP-7: found invalid at the desk; still answered, then closed with this reason. */
  invalidReason?: string;
  policy: ComplaintPolicy;
  delivery: DeliveryPolicy;
}

const t = (zh: string, en: string): Bilingual => ({ zh, en });
/** A missed deadline brings the next level in; it has the policy's follow-up time before the one above is. */
const up = (policy: ComplaintPolicy): Escalation => ({ bringIn: 'next-in-chain', notify: true, followUp: policy.escalationFollowUp });
const PRIORITY: Record<Tier, Priority> = { MAJOR: 'HIGH', IMPORTANT: 'NORMAL', MINOR: 'NORMAL' };

/** CMP-5: the department contacts the resident first, handles it, and reports back; CMP-7: or finds it invalid. */
const HANDLE_FORM: FormField[] = [
  { name: 'contactedResident', type: 'boolean', required: true, label: t('已先与住户联系', 'Contacted the resident first') },
  { name: 'result', type: 'textarea', required: true, label: t('处理结果（回复前台）', 'Result (reported to the reception)') },
  { name: 'invalid', type: 'boolean', label: t('无效投诉', 'Invalid complaint') },
  { name: 'invalidReason', type: 'text', label: t('无效原因', 'Why it is invalid') },
];

const INFORM_FORM: FormField[] = [
  {
    name: 'method',
    type: 'select',
    required: true,
    label: t('告知方式', 'How the complainant was told'),
    options: [
      { value: 'PHONE', label: t('电话', 'Phone') },
      { value: 'VISIT', label: t('上门', 'Visit') },
      { value: 'SMS', label: t('短信', 'SMS') },
    ],
  },
  { name: 'note', type: 'textarea', label: t('告知内容（短信即发送此内容）', 'What was said (the SMS text, when by SMS)') },
];

const RETURN_VISIT_FORM: FormField[] = [
  {
    name: 'satisfaction',
    type: 'select',
    required: true,
    label: t('住户满意度', 'Resident satisfaction'),
    options: [
      { value: 'SATISFIED', label: t('满意', 'Satisfied') },
      { value: 'DISSATISFIED', label: t('不满意', 'Not satisfied') },
    ],
  },
  { name: 'note', type: 'textarea', label: t('回访记录', 'Return visit notes') },
];

/** CMP-2/3/4: the handling deadlines of a tier; a reopened complaint gets the policy's new deadline. */
export function handlingDeadlines(tier: Tier, policy: ComplaintPolicy, requestedBy?: string): Deadline[] {
  const UP = up(policy);
  switch (tier) {
    case 'MAJOR':
      return [
        { key: 'answer', label: t('给住户明确答复', 'A clear answer to the resident'), due: policy.major.answerWithin, escalate: UP },
        { key: 'resolve', label: t('解决', 'Resolved'), due: policy.major.resolveWithin, escalate: UP },
      ];
    case 'IMPORTANT':
      return [{ key: 'handle', label: t('处理完毕', 'Handled'), due: policy.important.handleWithin, escalate: UP }];
    case 'MINOR':
      return [
        requestedBy
          ? { key: 'requested', label: t('住户要求的期限', "The resident's date"), due: { at: requestedBy }, escalate: UP }
          : { key: 'resolve', label: t('解决', 'Resolved'), due: policy.minor.resolveWithin, escalate: UP },
      ];
  }
}

/**
 * A complaint, from the desk to the return visit (rules CMP-1 to CMP-9; seed 004 §4, seed 001).
 * Every deadline comes from the policy the complaint started with and escalates up the chain.
 */
export async function complaintWorkflow(input: ComplaintInput): Promise<'resolved' | 'invalid' | 'cancelled'> {
  const { policy, department, complaintId, caseId } = input;
  let tier = input.tier;
  const kase = await openCase({ caseId, delivery: input.delivery, tier, tiers: [...TIERS], priority: PRIORITY[tier] });
  const UP = up(policy);
  const side: Promise<unknown>[] = [];

  /** CMP-2 / CMP-3: the tier's own first step, beside the handling. */
  const openTierStep = async (current: Tier) => {
    if (current === 'MAJOR') {
      const review = await kase.openTask({
        key: 'director-review',
        title: t('重大投诉：当天呈送管理处主任', 'Major complaint: to the office director the same day'),
        candidate: { role: 'OFFICE_DIRECTOR' },
        priority: 'HIGH',
        form: [{ name: 'instructions', type: 'textarea', label: t('主任批示', "Director's instructions") }],
        deadlines: [{ key: 'same-day', label: t('当天呈送主任', 'With the director the same day'), due: policy.major.directorSameDay, escalate: { notify: true } }],
        // CMP-2: it reaches the director the same day whatever the hour: by SMS and e-mail at once, besides the inbox.
        ...(patched('cmp2-director-told-at-once') ? { notifyOnOpen: ['SMS', 'EMAIL'] as ('SMS' | 'EMAIL')[] } : {}),
      });
      side.push(review.result());
    } else if (current === 'IMPORTANT') {
      const forward = await kase.openTask({
        key: 'forward',
        title: t('重要投诉：一小时内转呈部门主管', 'Important complaint: forward to the department supervisor within 1 hour'),
        candidate: { role: 'CS_SUPERVISOR' },
        form: [{ name: 'forwardedTo', type: 'text', required: true, label: t('转呈给', 'Forwarded to') }],
        deadlines: [{ key: 'forward', label: t('一小时内转呈', 'Forwarded within the hour'), due: policy.important.forwardWithin, escalate: { bringIn: { role: 'OFFICE_DIRECTOR' }, notify: true, followUp: policy.escalationFollowUp } }],
      });
      side.push(forward.result());
    }
  };

  /** CMP-5 / CMP-7: the reception answers the complainant the same day, by phone, visit or SMS. */
  const inform = async (round: number, title: Bilingual, result: string): Promise<boolean> => {
    const task = await kase.openTask({
      key: round === 1 ? 'inform' : `inform-${round}`,
      title,
      candidate: { role: 'RECEPTION' },
      form: INFORM_FORM,
      deadlines: [{ due: policy.informWithin, escalate: UP }],
    });
    const outcome = await task.result();
    if (outcome.status !== 'completed') return false;
    const method = String(outcome.formData.method);
    if (method === 'SMS' && input.householdId) {
      // What the reception wrote to the resident; the department's report only when it wrote nothing.
      const text = typeof outcome.formData.note === 'string' && outcome.formData.note.trim() ? outcome.formData.note.trim() : result;
      await kase.send({ channel: 'SMS', to: { householdId: input.householdId }, template: 'complaint-result', params: { result: text }, key: `inform-${round}` });
    }
    await acts.updateComplaint(complaintId, { informed: true, informMethod: method }, round);
    return true;
  };

  const closeInvalid = async (reason: string): Promise<'invalid' | 'cancelled'> => {
    const answered = await inform(1, t('无效投诉：耐心向住户解释并提供帮助', 'Invalid complaint: explain it to the resident and help'), reason);
    if (!answered) return 'cancelled';
    await acts.updateComplaint(complaintId, { status: 'INVALID', invalidReason: reason }, 1);
    await kase.finish(`invalid: ${reason}`);
    return 'invalid';
  };

  // CMP-7: found invalid at the desk.
  if (input.invalidReason) return closeInvalid(input.invalidReason);

  // CMP-6: damage still happening is stopped first, then the complaint is processed.
  if (input.damageOngoing) {
    const stop = await kase.openTask({
      key: 'stop-damage',
      title: t('立即制止正在发生的损害', 'Stop the damage still happening'),
      candidate: { department },
      priority: 'URGENT',
      form: [{ name: 'measures', type: 'textarea', required: true, label: t('采取的措施', 'Measures taken') }],
      deadlines: [{ due: policy.stopDamageWithin, escalate: UP }],
    });
    if ((await stop.result()).status !== 'completed') return 'cancelled';
  }

  await openTierStep(tier);
  for (let round = 1; ; round++) {
    const handleKey = round === 1 ? 'handle' : `handle-${round}`;
    const handle = await kase.openTask({
      key: handleKey,
      title: round === 1 ? t('联系住户并处理投诉', 'Contact the resident and handle the complaint') : t('住户不满意：重新处理', 'Resident not satisfied: handle again'),
      candidate: { department },
      priority: PRIORITY[tier],
      form: HANDLE_FORM,
      deadlines: round === 1 ? handlingDeadlines(tier, policy, input.requestedBy) : [{ due: policy.reopenWithin, escalate: UP }],
    });
    if (round === 1) side.push(followReclassification(kase, handle));
    const outcome = await handle.result();
    if (outcome.status !== 'completed') return 'cancelled';
    const { result, invalid, invalidReason } = outcome.formData as { result: string; invalid?: boolean; invalidReason?: string };
    if (invalid) return closeInvalid(invalidReason || result);

    await acts.resolveComplaint(complaintId, caseId, handleKey);
    if (!(await inform(round, t('当天告知投诉人处理结果', 'Tell the complainant the result today'), result))) return 'cancelled';

    // CMP-9: a return visit after every resolution; not satisfied reopens the handling.
    const visit = await kase.openTask({
      key: round === 1 ? 'return-visit' : `return-visit-${round}`,
      title: t('投诉回访', 'Return visit'),
      candidate: { role: 'SERVICE_COMMISSIONER' },
      form: RETURN_VISIT_FORM,
      deadlines: [{ due: policy.returnVisitWithin, escalate: UP }],
    });
    const visited = await visit.result();
    if (visited.status !== 'completed') return 'cancelled';
    const satisfaction = visited.formData.satisfaction as 'SATISFIED' | 'DISSATISFIED';
    await acts.updateComplaint(complaintId, { satisfaction, reopened: satisfaction === 'DISSATISFIED' }, round);
    if (satisfaction === 'SATISFIED') break;
    await kase.record('COMPLAINT_REOPENED', { round: round + 1 });
  }
  await kase.finish('resolved');
  return 'resolved';

  /** A supervisor's reclassification (changeTier) re-times the open handling and adds the tier's own step. */
  async function followReclassification(runtime: CaseRuntime, handleTask: HumanTask): Promise<void> {
    // Counted from the start of the case: a change that came in while the handling task was being
    // opened (or while the damage was being stopped) has not been applied to it yet.
    let seen = 0;
    for (;;) {
      await condition(() => runtime.tierChanges > seen || !handleTask.isOpen);
      if (!handleTask.isOpen) return;
      seen = runtime.tierChanges;
      tier = runtime.tier as Tier;
      await acts.updateComplaint(complaintId, { tier }, 1);
      await handleTask.reschedule(handlingDeadlines(tier, policy, input.requestedBy));
      await openTierStep(tier);
    }
  }
}
