import type { CaseRuntime } from '../core/case';
import type { LadderPatch } from './activities';
import { CALL_FORM, DECISION_FORM, POST_FORM, t, UP, VISIT_FORM } from './forms';
import { acts, remote, type Ladder } from './ladder';
import type { LadderStep } from './policy';
import { iso, ms, type LadderState } from './state';
import type { watching } from './watching';

/** What the watching lends the steps: stopping the ladder, and waiting for a moment. */
type Waits = Pick<ReturnType<typeof watching>, 'stop' | 'sleepUntil'>;

/** The ladder's steps, once open: reminder and call, demand letter, home visit, legal referral. */
export function steps(l: Ladder, st: LadderState, runtime: CaseRuntime, { stop, sleepUntil }: Waits) {
  const { householdId } = l;
  const policy = st.policy;

  /**
   * FEE-3: what the reminder or letter says, once it may go: paid in full stops the ladder, and outside
   * business hours on working days it waits for the next working moment (then looks at the account again).
   */
  async function readyToSend(): Promise<Record<string, string> | undefined> {
    const plan = await acts.reminderPlan({ householdId, payWithinDays: policy.payWithinDays, noticeAt: st.noticeAt ? iso(st.noticeAt) : undefined });
    if (plan.overdue <= 0) {
      await stop('paid');
      return undefined;
    }
    if (plan.workingAt > Date.now()) {
      if (st.deferredUntil !== plan.workingAt) {
        st.deferredUntil = plan.workingAt;
        await l.event('REMINDER_DEFERRED', { until: iso(plan.workingAt) });
      }
      await sleepUntil(plan.workingAt, false);
      return undefined;
    }
    st.deferredUntil = undefined;
    return plan.params;
  }

  /** Before anything goes out: still in arrears? Paid in full stops the ladder. */
  async function stillOwing(): Promise<{ overdue: number } | undefined> {
    const arrears = await acts.ladderArrears({ householdId });
    if (arrears.overdue > 0) return arrears;
    await stop('paid');
    return undefined;
  }

  async function stepTo(step: LadderStep, extra: LadderPatch = {}) {
    const from = st.step;
    st.step = step;
    await l.event('STEP_CHANGED', { from, to: step }, { step, ...extra });
  }

  async function task(spec: Parameters<CaseRuntime['openTask']>[0]) {
    l.currentTask = await runtime.openTask(spec);
    if (l.skip) {
      l.skip = false;
      await l.currentTask.cancel('skipped');
    }
    const outcome = await l.currentTask.result();
    l.currentTask = undefined;
    return outcome;
  }

  async function remind() {
    const params = await readyToSend();
    if (!params) return;
    await runtime.send({ channel: 'SMS', to: { householdId }, template: 'dunning-reminder', params, key: `reminder-${st.round}` });
    await stepTo('REMINDED');
    const call = await task({
      key: `call-${st.round}`,
      title: t('电话催缴：告知欠费金额、期间和缴费期限', 'Phone the household: amount, period and deadline'),
      candidate: { role: 'CASHIER' },
      form: CALL_FORM,
      deadlines: [{ due: policy.callWithin, escalate: UP }],
    });
    if (l.ended()) return;
    st.noticeAt = Date.now();
    const data = call.status === 'completed' ? (call.formData as { outcome?: string; promisedDate?: string; disputeReason?: string }) : {};
    await acts.ladderEvent({
      ladderId: st.ladderId,
      caseId: st.caseId,
      key: l.key(),
      type: 'NOTICE_GIVEN',
      data: { outcome: data.outcome ?? null, promisedDate: data.promisedDate ?? null },
      patch: {
        noticeAt: iso(st.noticeAt),
        ...(data.promisedDate ? { promisedDate: data.promisedDate } : {}),
        ...(data.disputeReason ? { reason: data.disputeReason } : {}),
      },
      actorId: null,
    });
    st.phase = 'waitLetter';
    st.nextAt = st.noticeAt + ms(policy.letterAfter);
  }

  async function letter() {
    const params = await readyToSend();
    if (!params) return;
    const messageId = await runtime.send({ channel: 'LETTER', to: { householdId }, template: 'dunning-demand-letter', params, key: `letter-${st.round}` });
    await stepTo('LETTER_SENT', { letterMessageId: messageId });
    const posted = await task({
      key: `post-letter-${st.round}`,
      title: t('打印催缴函，以特快专递寄出并登记单号', 'Print the demand letter, send it by express mail, record the tracking number'),
      candidate: { role: 'INTERNAL_CLERK' },
      form: POST_FORM,
      deadlines: [{ due: policy.postWithin, escalate: UP }],
    });
    if (l.ended()) return;
    if (posted.status === 'completed') {
      const { trackingNumber, postedAt } = posted.formData as { trackingNumber: string; postedAt: string };
      await acts.recordPosting({ messageId, trackingNumber, postedAt, caseId: st.caseId, key: l.key() });
    }
    st.phase = 'waitVisit';
    st.nextAt = Date.now() + ms(policy.visitAfter);
  }

  async function visit() {
    if (!(await stillOwing())) return;
    if (await acts.livesInEstate({ householdId })) {
      const visited = await task({
        key: `visit-${st.round}`,
        title: t('上门拜访催缴', 'Visit the household to collect the arrears'),
        candidate: { role: 'CASHIER' },
        form: VISIT_FORM,
        deadlines: [{ due: policy.visitWithin, escalate: UP }],
      });
      if (l.ended()) return;
      if (visited.status === 'completed') await stepTo('VISITED');
    } else {
      await l.event('VISIT_SKIPPED', { reason: 'not-resident' });
    }
    st.phase = 'waitLegal';
    st.nextAt = Date.now() + ms(policy.legalAfter);
  }

  async function legal() {
    if (!(await stillOwing())) return;
    const before = st.step;
    await stepTo('LEGAL_REVIEW');
    const decided = await task({
      key: `legal-${st.round}`,
      title: t('审批：欠费移交法律途径', 'Approve: refer the arrears to legal channels'),
      candidate: { role: 'OFFICE_DIRECTOR' },
      priority: 'HIGH',
      form: DECISION_FORM,
      deadlines: [{ due: policy.decideWithin, escalate: { notify: true } }],
    });
    if (l.ended() || decided.status !== 'completed') return;
    const { decision, reason } = decided.formData as { decision: string; reason: string };
    if (decision === 'APPROVE') {
      const documentId = await remote.buildLegalBundle({ ladderId: st.ladderId, approvedById: decided.completedBy, reason });
      await l.event('LEGAL_REFERRED', { documentId, reason }, { step: 'REFERRED', bundleDocumentId: documentId });
      st.step = 'REFERRED';
      await stop('referred');
      return;
    }
    st.step = before;
    await l.event('LEGAL_DECLINED', { reason }, { step: before });
    st.round++;
    st.phase = 'waitLegal';
    st.nextAt = Date.now() + ms(policy.legalAfter);
  }

  return { remind, letter, visit, legal };
}
