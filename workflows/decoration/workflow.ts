import { condition, patched, proxyActivities } from '@temporalio/workflow';
import { openCase, type DeliveryPolicy } from '../core/case';
import type { Bilingual, Escalation } from '../core/types';
import type { DecorationActivities } from './activities';
import { ACCEPTANCE_FORM, COLLECT_FORM, PLAN_REVIEW_FORM } from './forms';
import type { DecorationPolicy } from './policy';
import { superviseWorks, type Works } from './supervision';

const acts = proxyActivities<DecorationActivities>({ startToCloseTimeout: '1 minute' });

export interface DecorationInput {
  caseId: number;
  decorationId: number;
  /** What the tasks name: "3栋 502 · 李娜 · 厨卫改造". */
  summary: Bilingual;
  /** DEC-2: a change to the main structure or the load: the authority's approval document is needed. */
  needsAuthority: boolean;
  /** The permit's window asked for, ISO instants. */
  worksFrom: string;
  worksTo: string;
  policy: DecorationPolicy;
  delivery: DeliveryPolicy;
}

export type DecorationResult = 'completed' | 'refused' | 'closed-by-manager';

const t = (zh: string, en: string): Bilingual => ({ zh, en });

/**
 * A decoration from its filing to the acceptance (rules DEC-2 to DEC-6; seed 004 §3, seed 003). Engineering
 * reviews the plan within 3 days (escalating up the chain); a structural change also waits for the housing
 * authority's approval; the approval issues the permit and bills the fee and deposit; once they are collected
 * the workers' passes work at the gate and the works are supervised until the acceptance.
 */
export async function decorationWorkflow(input: DecorationInput): Promise<DecorationResult> {
  const { policy, decorationId, caseId, summary } = input;
  const kase = await openCase({ caseId, delivery: input.delivery });
  const UP: Escalation = { bringIn: 'next-in-chain', notify: true, followUp: policy.escalationFollowUp };
  const works: Works = { phase: 'REVIEW', waitingForAuthority: input.needsAuthority, stopped: false, finished: false, violations: 0 };
  const supervision = superviseWorks(kase, input, works, UP);
  const closedByManager = async (): Promise<DecorationResult> => {
    await acts.closeDecoration({ decorationId, caseId, reason: kase.closeReason ?? '' });
    return 'closed-by-manager';
  };

  // DEC-2, DEC-6: engineering reviews the plan; the approval waits no more than 3 days.
  const review = await kase.openTask({
    key: 'plan-review',
    title: t(`审核装修方案（3天内批复）：${summary.zh}`, `Review the decoration plan (approve within 3 days): ${summary.en}`),
    candidate: { department: 'ENGINEERING' },
    form: PLAN_REVIEW_FORM,
    deadlines: [{ key: 'approval', label: t('装修审批', 'Decoration approved'), due: policy.approveWithin, escalate: UP }],
  });
  if (input.needsAuthority) {
    // The case waits and says so: the time is the applicant's, not the department's.
    await acts.waitForApplicant({ decorationId, caseId, waitingFor: 'AUTHORITY' });
  }
  const reviewed = await review.result();
  if (reviewed.status !== 'completed') return closedByManager();
  const approved = reviewed.formData.decision === 'APPROVED';
  await acts.recordPlanReview({ decorationId, caseId, approved, note: String(reviewed.formData.note ?? ''), reviewerId: reviewed.completedBy });
  if (!approved) {
    await kase.finish('refused');
    return 'refused';
  }
  await condition(() => !works.waitingForAuthority || kase.closed);
  if (kase.closed) return closedByManager();

  // DEC-3, DEC-4: the permit, the fee and the deposit on the ledger.
  const approval = await acts.approve({ decorationId, caseId });
  works.phase = 'COLLECT';
  const collect = await kase.openTask({
    key: 'collect',
    title: t(`收取装修垃圾清运费 ¥${approval.fee.toFixed(2)}${approval.deposit ? `、装修押金 ¥${approval.deposit.toFixed(2)}` : ''}：${summary.zh}`, `Collect the garbage clearance fee ¥${approval.fee.toFixed(2)}${approval.deposit ? ` and the deposit ¥${approval.deposit.toFixed(2)}` : ''}: ${summary.en}`),
    candidate: { role: 'CASHIER' },
    form: COLLECT_FORM,
    deadlines: [{ key: 'collect', label: t('收费', 'Fees collected'), due: policy.collectWithin, escalate: UP }],
  });
  const collected = await collect.result();
  if (collected.status !== 'completed') return closedByManager();
  await acts.collect({ decorationId, caseId, collectorId: collected.completedBy, method: String(collected.formData.method) });

  // DEC-3, DEC-5: the passes work at the gate; engineering and security are told and supervise.
  await acts.startWorks({ decorationId, caseId });
  works.phase = 'ACTIVE';
  await supervision.run();
  if (kase.closed) return closedByManager();

  // DEC-5: the acceptance inspection (the inspection core's 'decoration-acceptance' walk, confirmed by the owner
  // and maintenance); the passes expire; the deposit is refunded or kept with a reason. Cases that reached the
  // acceptance before the walk existed complete on the task's form alone.
  works.phase = 'ACCEPTANCE';
  const walked = patched('decoration-acceptance-inspection');
  if (walked) await acts.openAcceptance({ decorationId, caseId });
  let missing: Bilingual[] = [];
  for (let attempt = 1; ; attempt++) {
    const title = t(`装修验收：${summary.zh}`, `Acceptance inspection of the decoration: ${summary.en}`);
    const acceptance = await kase.openTask({
      key: attempt === 1 ? 'acceptance' : `acceptance-${attempt}`,
      title: missing.length ? t(`尚缺：${missing.map((m) => m.zh).join('、')}。${title.zh}`, `Still missing: ${missing.map((m) => m.en).join(', ')}. ${title.en}`) : title,
      candidate: { department: 'ENGINEERING' },
      form: ACCEPTANCE_FORM,
      deadlines: [{ key: 'acceptance', label: t('验收', 'Acceptance'), due: policy.acceptWithin, escalate: UP }],
    });
    const accepted = await acceptance.result();
    if (accepted.status !== 'completed') return closedByManager();
    if (walked) {
      missing = await acts.acceptanceMissing({ decorationId });
      if (missing.length) continue;
    }
    await acts.complete({ decorationId, caseId, inspectorId: accepted.completedBy, form: accepted.formData });
    break;
  }
  works.phase = 'DONE';
  await kase.finish('completed');
  return 'completed';
}
