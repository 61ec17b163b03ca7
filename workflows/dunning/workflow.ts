import { ApplicationFailure, allHandlersFinished, condition, continueAsNew, proxyActivities, proxyLocalActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { parseDuration } from '../core/calendar';
import { CaseRuntime, openCase, type DeliveryPolicy, type HumanTask } from '../core/case';
import { MANAGER_ROLES, type Actor, type Bilingual, type ErrorType, type Escalation, type FormField, type StaffRole } from '../core/types';
import type { DunningActivities, LadderPatch } from './activities';
import {
  agreeInstalments,
  arrearsChanged,
  holdForDispute,
  holdLadder,
  recordReason,
  releaseLadder,
  skipStep,
  waiveArrears,
  type Instalment,
} from './messages';
import type { DunningPolicy, LadderStep, StopReason } from './policy';

/**
 * The ladder's own reads and writes as it steps are short database statements: local activities, run in
 * the worker without a round trip to the server, so thousands of ladders stepping at once stay cheap.
 * What staff ask for through updates, and the legal bundle (a PDF of the whole file), are ordinary
 * activities: a local activity inside an update handler does not replay reliably.
 */
const acts = proxyLocalActivities<DunningActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
const remote = proxyActivities<DunningActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const t = (zh: string, en: string): Bilingual => ({ zh, en });
const UP: Escalation = { reassignTo: 'next-in-chain', notify: true };
const DAY = 86_400_000;
const CST = 480 * 60_000;

const CALL_FORM: FormField[] = [
  {
    name: 'outcome',
    type: 'select',
    required: true,
    label: t('通话结果', 'Outcome of the call'),
    options: [
      { value: 'NO_ANSWER', label: t('无人接听', 'No answer') },
      { value: 'PROMISED', label: t('承诺缴费', 'Promised to pay') },
      { value: 'DISPUTE', label: t('对费用有异议', 'Disputes the charges') },
      { value: 'REFUSED', label: t('拒绝缴费', 'Refuses to pay') },
    ],
  },
  { name: 'promisedDate', type: 'date', label: t('承诺缴费日期', 'Promised payment date') },
  { name: 'disputeReason', type: 'textarea', label: t('异议或欠费原因', 'Why (dispute or reason for not paying)') },
  { name: 'note', type: 'textarea', label: t('通话记录', 'Call notes') },
];

const POST_FORM: FormField[] = [
  { name: 'trackingNumber', type: 'text', required: true, label: t('特快专递单号', 'Express mail tracking number') },
  { name: 'postedAt', type: 'date', required: true, label: t('寄出日期', 'Date posted') },
];

const VISIT_FORM: FormField[] = [
  {
    name: 'outcome',
    type: 'select',
    required: true,
    label: t('拜访结果', 'Outcome of the visit'),
    options: [
      { value: 'MET', label: t('见到住户', 'Met the household') },
      { value: 'NOT_HOME', label: t('无人在家', 'Nobody at home') },
      { value: 'PROMISED', label: t('承诺缴费', 'Promised to pay') },
      { value: 'REFUSED', label: t('拒绝缴费', 'Refuses to pay') },
    ],
  },
  { name: 'note', type: 'textarea', required: true, label: t('拜访记录', 'Visit notes') },
];

const DECISION_FORM: FormField[] = [
  {
    name: 'decision',
    type: 'select',
    required: true,
    label: t('是否移交法律途径', 'Refer to legal channels?'),
    options: [
      { value: 'APPROVE', label: t('批准移交', 'Approve the referral') },
      { value: 'DECLINE', label: t('暂不移交', 'Not now') },
    ],
  },
  { name: 'reason', type: 'textarea', required: true, label: t('理由（长期无理拒缴的依据）', 'Reason (why the refusal is unjustified)') },
];

type Phase = 'waitReminder' | 'remind' | 'waitLetter' | 'letter' | 'waitVisit' | 'visit' | 'waitLegal' | 'legal';
const WAITS: Phase[] = ['waitReminder', 'waitLetter', 'waitVisit', 'waitLegal'];
const NEXT_STEP: Record<Phase, LadderStep> = {
  waitReminder: 'REMINDED',
  remind: 'REMINDED',
  waitLetter: 'LETTER_SENT',
  letter: 'LETTER_SENT',
  waitVisit: 'VISITED',
  visit: 'VISITED',
  waitLegal: 'LEGAL_REVIEW',
  legal: 'REFERRED',
};

/** What a ladder carries into its next run (continue-as-new keeps the history small over years). */
export interface LadderState {
  caseId: number;
  ladderId: number;
  policy: DunningPolicy;
  phase: Phase;
  step: LadderStep;
  /** When the current wait ends (a wait phase). */
  nextAt: number;
  noticeAt?: number;
  round: number;
  seq: number;
  deferredUntil?: number;
  pause?: { reason: 'partial-payment' | 'agreement'; until?: number };
  hold?: { reason: string; until?: number; complaintId?: number; checkAt?: number };
  agreement?: { instalments: Instalment[]; madeAt: number; next: number };
  payments: { paymentId?: number; receiptNumber?: string; amount?: number }[];
}

export interface DunningInput {
  householdId: number;
  delivery: DeliveryPolicy;
  /** Continue as new past this many history events (default 2,000). */
  historyLimit?: number;
  resume?: LadderState;
}

const fail = (type: ErrorType, message: string, field?: string): never => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true, details: field ? [{ field, message }] : undefined });
};
const ms = (iso: string) => {
  const d = parseDuration(iso);
  return d.days * DAY + d.ms;
};
const iso = (at: number) => new Date(at).toISOString();
const isManager = (actor: Actor) => MANAGER_ROLES.includes(actor.role);
const AGREEMENT_ROLES: StaffRole[] = ['CASHIER', 'INTERNAL_CLERK', ...MANAGER_ROLES];

/**
 * The dunning ladder of one household in arrears (FEE-3 to FEE-6; seed 004 §2(4)): overdue, SMS and
 * phone reminder, the demand letter by express mail three months after the phone notice, a home visit
 * for a household living in the estate, then legal referral with the director's approval. Paying in full
 * stops it at any step; a partial payment or an instalment agreement pauses it; a dispute tied to a
 * complaint holds it; managers may hold, release, skip or waive.
 */
export async function dunningWorkflow(input: DunningInput): Promise<StopReason | 'not-in-arrears'> {
  const { householdId } = input;
  let s: LadderState | undefined = input.resume;
  let kase: CaseRuntime | undefined;
  let stopReason: StopReason | undefined;
  let stopRequested: StopReason | undefined;
  let skip = false;
  let changes = 0;
  let watcherBusy = false;
  let currentTask: HumanTask | undefined;
  const payments = s?.payments ?? [];

  const ended = () => stopReason !== undefined || stopRequested !== undefined || Boolean(kase?.closed);
  const state = (): LadderState => s ?? fail('Conflict', 'The ladder is still opening; try again in a moment.');
  const key = () => `${workflowInfo().workflowId}:${workflowInfo().runId}:L${++state().seq}`;
  const status = (): LadderPatch['status'] => (s?.hold ? 'HELD' : s?.pause ? 'PAUSED' : 'ACTIVE');
  const event = (type: string, data: Record<string, unknown>, patch: LadderPatch = {}, actor?: Actor) =>
    (actor ? remote : acts).ladderEvent({ ladderId: state().ladderId, caseId: state().caseId, key: key(), type, data, patch, actorId: actor?.id ?? null });
  const requireManager = (actor: Actor, reason: string) => {
    if (!isManager(actor)) fail('Forbidden', 'Only a CS supervisor or the office director may do this.');
    if (typeof reason !== 'string' || !reason.trim()) fail('Invalid', 'A reason is required.', 'reason');
  };
  const requireOpen = () => {
    state();
    if (ended()) fail('Conflict', 'This ladder has stopped.');
  };

  // Handlers first, so nothing sent while the ladder opens is refused as unknown.
  setHandler(arrearsChanged, (change) => {
    payments.push(change ?? {});
  });
  setHandler(
    recordReason,
    async ({ reason, actor }) => {
      await event('REASON_RECORDED', { reason }, { reason: reason.trim() }, actor);
    },
    {
      validator: ({ reason }) => {
        requireOpen();
        if (typeof reason !== 'string' || !reason.trim()) fail('Invalid', 'A reason is required.', 'reason');
      },
    },
  );
  setHandler(
    agreeInstalments,
    async ({ instalments, note, actor }) => {
      const st = state();
      st.agreement = { instalments, madeAt: Date.now(), next: 0 };
      st.pause = { reason: 'agreement' };
      changes++;
      await event('AGREEMENT_MADE', { instalments, note }, { status: status(), pauseReason: 'agreement', pausedUntil: null, agreement: { instalments, note, madeAt: iso(st.agreement.madeAt) } }, actor);
    },
    {
      validator: ({ instalments, actor }) => {
        requireOpen();
        if (!AGREEMENT_ROLES.includes(actor.role)) fail('Forbidden', 'Only a cashier, the internal clerk or a manager may agree instalments.');
        if (!Array.isArray(instalments) || !instalments.length || instalments.length > 36) {
          fail('Invalid', 'Give between 1 and 36 instalments.', 'instalments');
        }
        const today = iso(Date.now() + CST).slice(0, 10);
        let last = '';
        instalments.forEach((i: Instalment, n: number) => {
          if (typeof i?.dueDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(i.dueDate) || Number.isNaN(Date.parse(i.dueDate))) {
            fail('Invalid', 'must be a date (YYYY-MM-DD)', `instalments.${n}.dueDate`);
          }
          if (i.dueDate < today) fail('Invalid', 'must not be in the past', `instalments.${n}.dueDate`);
          if (i.dueDate <= last) fail('Invalid', 'must come after the previous instalment', `instalments.${n}.dueDate`);
          last = i.dueDate;
          if (typeof i.amount !== 'number' || !(i.amount > 0) || Math.abs(i.amount * 100 - Math.round(i.amount * 100)) > 1e-6) {
            fail('Invalid', 'must be a positive amount with at most two decimals', `instalments.${n}.amount`);
          }
        });
      },
    },
  );
  setHandler(
    holdForDispute,
    async ({ complaintId, reason, actor }) => {
      const st = state();
      st.hold = { reason, complaintId, checkAt: Date.now() + ms(st.policy.disputeRecheck) };
      changes++;
      await event('LADDER_HELD', { reason, complaintId }, { status: status(), holdComplaintId: complaintId, pauseReason: reason, pausedUntil: null }, actor);
    },
    {
      validator: ({ complaintId, reason }) => {
        requireOpen();
        if (!Number.isInteger(complaintId) || complaintId <= 0) fail('Invalid', 'must be the number of a complaint', 'complaintId');
        if (typeof reason !== 'string' || !reason.trim()) fail('Invalid', 'A reason is required.', 'reason');
      },
    },
  );
  setHandler(
    holdLadder,
    async ({ reason, until, actor }) => {
      const st = state();
      st.hold = { reason, until: until ? Date.parse(until) : undefined };
      changes++;
      await event('LADDER_HELD', { reason, until: until ?? null }, { status: status(), pauseReason: reason, pausedUntil: until ?? null, holdComplaintId: null }, actor);
    },
    {
      validator: ({ reason, until, actor }) => {
        requireManager(actor, reason);
        requireOpen();
        if (until !== undefined && (Number.isNaN(Date.parse(until)) || Date.parse(until) <= Date.now())) {
          fail('Invalid', 'must be a date-time in the future', 'until');
        }
      },
    },
  );
  setHandler(
    releaseLadder,
    async ({ reason, actor }) => {
      const st = state();
      st.hold = undefined;
      st.pause = undefined;
      st.agreement = undefined;
      changes++;
      await event('LADDER_RESUMED', { reason: 'released', note: reason }, { status: 'ACTIVE', pauseReason: null, pausedUntil: null, holdComplaintId: null, agreement: null }, actor);
    },
    {
      validator: ({ reason, actor }) => {
        requireManager(actor, reason);
        requireOpen();
        if (!s?.hold && !s?.pause) fail('Conflict', 'The ladder is neither held nor paused.');
      },
    },
  );
  setHandler(
    skipStep,
    async ({ reason, actor }) => {
      const st = state();
      // A task in hand is withdrawn; otherwise the current wait ends (or the next task is withdrawn as it opens).
      const inHand = currentTask?.isOpen ? currentTask : undefined;
      if (!inHand) {
        skip = true;
        changes++;
      }
      await event('STEP_SKIPPED', { from: st.step, to: NEXT_STEP[st.phase], reason }, {}, actor);
      if (inHand) await inHand.cancel(reason);
    },
    {
      validator: ({ reason, actor }) => {
        requireManager(actor, reason);
        requireOpen();
        const st = state();
        if (st.phase === 'legal') fail('Conflict', 'A legal referral needs the approval task to be decided; it cannot be skipped.');
        if (st.deferredUntil && st.deferredUntil > Date.now()) {
          fail('Conflict', `Reminders go out in business hours only; this one goes at ${iso(st.deferredUntil)}.`);
        }
        if (skip) fail('Conflict', 'A skip is already under way.');
      },
    },
  );
  setHandler(
    waiveArrears,
    async ({ reason, actor }) => {
      const st = state();
      stopRequested = 'waived';
      await remote.waive({ ladderId: st.ladderId, caseId: st.caseId, householdId, reason, actorId: actor.id, key: key() });
    },
    { validator: ({ reason, actor }) => (requireManager(actor, reason), requireOpen()) },
  );

  if (!s) {
    const opened = await acts.openLadder({ householdId });
    if (!opened) return 'not-in-arrears';
    s = {
      caseId: opened.caseId,
      ladderId: opened.ladderId,
      policy: opened.policy,
      phase: 'waitReminder',
      step: 'OVERDUE',
      nextAt: Date.now() + ms(opened.policy.remindAfter),
      round: 1,
      seq: 0,
      payments,
    };
    kase = await openCase({ caseId: s.caseId, delivery: input.delivery });
  } else {
    kase = new CaseRuntime({ caseId: s.caseId, delivery: input.delivery });
  }
  const st: LadderState = s;
  const runtime: CaseRuntime = kase;
  const policy = st.policy;

  async function stop(reason: StopReason) {
    if (stopReason) return;
    stopReason = reason;
    await event('LADDER_STOPPED', { reason }, { stop: reason });
    await runtime.finish(reason);
  }

  /** Payments and waivers, as they come: paid in full stops the ladder at once, a part payment pauses it. */
  async function watch() {
    for (;;) {
      await condition(() => payments.length > 0 || stopRequested !== undefined || stopReason !== undefined || runtime.closed);
      if (stopReason || runtime.closed) return;
      watcherBusy = true;
      if (stopRequested) return stop(stopRequested);
      const batch = payments.splice(0);
      for (const p of batch) if (p.paymentId) await event('PAYMENT_RECEIVED', p);
      const arrears = await acts.ladderArrears({ householdId });
      if (arrears.overdue <= 0) return stop('paid');
      if (batch.some((p) => p.paymentId) && !st.agreement) {
        const until = Date.now() + ms(policy.partialPaymentPause);
        st.pause = { reason: 'partial-payment', until };
        changes++;
        await event('LADDER_PAUSED', { reason: 'partial-payment', until: iso(until), amount: arrears.overdue }, { status: status(), pauseReason: 'partial-payment', pausedUntil: iso(until) });
      }
      watcherBusy = false;
    }
  }

  /** Keeps the history small: between steps, with nothing in flight, the ladder carries on in a new run. */
  async function maybeContinueAsNew() {
    const info = workflowInfo();
    if (info.historyLength < (input.historyLimit ?? 2000) && !info.continueAsNewSuggested) return;
    if (watcherBusy || payments.length || ended()) return;
    await condition(allHandlersFinished);
    await continueAsNew<typeof dunningWorkflow>({ ...input, resume: { ...st, payments } });
  }

  /** Waits until `at`; false when something (a pause, a hold, a skip, the end) came first. */
  async function sleepUntil(at: number, skippable = true): Promise<boolean> {
    const seen = changes;
    await condition(() => ended() || changes !== seen || (skippable && skip), Math.max(at - Date.now(), 1));
    return !ended() && Date.now() >= at;
  }

  /** When the next instalment counts as missed: the grace after its day begins (local time), or after the agreement. */
  function instalmentCheck(): number | undefined {
    const due = st.agreement?.instalments[st.agreement.next];
    if (!due) return undefined;
    return Math.max(Date.parse(`${due.dueDate}T00:00:00Z`) - CST, st.agreement!.madeAt) + ms(policy.instalmentGrace);
  }

  /** The next moment something on hold must be looked at. */
  function nextReview(): number | undefined {
    const times: number[] = [];
    if (st.pause?.until) times.push(st.pause.until);
    if (st.hold?.until) times.push(st.hold.until);
    if (st.hold?.checkAt) times.push(st.hold.checkAt);
    const instalmentAt = instalmentCheck();
    if (instalmentAt !== undefined) times.push(instalmentAt);
    return times.length ? Math.min(...times) : undefined;
  }

  async function resume(reason: string) {
    if (st.pause || st.hold) return;
    await event('LADDER_RESUMED', { reason }, { status: 'ACTIVE', pauseReason: null, pausedUntil: null, holdComplaintId: null });
  }

  /** Lifts what has run its course: a pause, a hold's date, a resolved dispute, an instalment due. */
  async function review() {
    const now = Date.now();
    if (st.pause?.until && st.pause.until <= now) {
      st.pause = undefined;
      await resume('pause-ended');
    }
    if (st.hold?.until && st.hold.until <= now) {
      st.hold = undefined;
      await resume('pause-ended');
    }
    if (st.hold?.complaintId && st.hold.checkAt !== undefined && st.hold.checkAt <= now) {
      if (await acts.complaintSettled({ complaintId: st.hold.complaintId })) {
        await event('DISPUTE_RESOLVED', { complaintId: st.hold.complaintId });
        st.hold = undefined;
        await resume('dispute-resolved');
      } else if (st.hold) {
        st.hold.checkAt = Date.now() + ms(policy.disputeRecheck);
      }
    }
    const agreement = st.agreement;
    const due = agreement?.instalments[agreement.next];
    if (agreement && due && instalmentCheck()! <= now) {
      const expected = agreement.instalments.slice(0, agreement.next + 1).reduce((sum, i) => sum + i.amount, 0);
      const paid = await acts.paidSince({ householdId, since: iso(agreement.madeAt) });
      if (paid + 0.005 < expected) {
        st.agreement = undefined;
        st.pause = undefined;
        await event('AGREEMENT_BROKEN', { dueDate: due.dueDate, expected, paid }, { agreement: null });
        await resume('agreement-broken');
      } else if (++agreement.next >= agreement.instalments.length) {
        st.agreement = undefined;
        st.pause = undefined;
        await event('AGREEMENT_KEPT', {}, { agreement: null });
        await resume('pause-ended');
      }
    }
  }

  /** While paused or held, the ladder's clock stands still: its current wait ends that much later. */
  async function whileBlocked() {
    const since = Date.now();
    while ((st.pause || st.hold) && !ended()) {
      await maybeContinueAsNew();
      const wake = nextReview();
      const seen = changes;
      const interrupted = () => ended() || changes !== seen;
      if (wake === undefined) await condition(interrupted);
      else await condition(interrupted, Math.max(wake - Date.now(), 1));
      if (!ended()) await review();
    }
    if (WAITS.includes(st.phase)) st.nextAt += Date.now() - since;
  }

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
        await event('REMINDER_DEFERRED', { until: iso(plan.workingAt) });
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
    await event('STEP_CHANGED', { from, to: step }, { step, ...extra });
  }

  async function task(spec: Parameters<CaseRuntime['openTask']>[0]) {
    currentTask = await runtime.openTask(spec);
    if (skip) {
      skip = false;
      await currentTask.cancel('skipped');
    }
    const outcome = await currentTask.result();
    currentTask = undefined;
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
    if (ended()) return;
    st.noticeAt = Date.now();
    const data = call.status === 'completed' ? (call.formData as { outcome?: string; promisedDate?: string; disputeReason?: string }) : {};
    await acts.ladderEvent({
      ladderId: st.ladderId,
      caseId: st.caseId,
      key: key(),
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
    if (ended()) return;
    if (posted.status === 'completed') {
      const { trackingNumber, postedAt } = posted.formData as { trackingNumber: string; postedAt: string };
      await acts.recordPosting({ messageId, trackingNumber, postedAt, caseId: st.caseId, key: key() });
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
      if (ended()) return;
      if (visited.status === 'completed') await stepTo('VISITED');
    } else {
      await event('VISIT_SKIPPED', { reason: 'not-resident' });
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
    if (ended() || decided.status !== 'completed') return;
    const { decision, reason } = decided.formData as { decision: string; reason: string };
    if (decision === 'APPROVE') {
      const documentId = await remote.buildLegalBundle({ ladderId: st.ladderId, approvedById: decided.completedBy, reason });
      await event('LEGAL_REFERRED', { documentId, reason }, { step: 'REFERRED', bundleDocumentId: documentId });
      st.step = 'REFERRED';
      await stop('referred');
      return;
    }
    st.step = before;
    await event('LEGAL_DECLINED', { reason }, { step: before });
    st.round++;
    st.phase = 'waitLegal';
    st.nextAt = Date.now() + ms(policy.legalAfter);
  }

  const watching = watch();
  while (!ended()) {
    if (st.pause || st.hold) {
      await whileBlocked();
      continue;
    }
    if (WAITS.includes(st.phase)) {
      await maybeContinueAsNew();
      if (skip || Date.now() >= st.nextAt || (await sleepUntil(st.nextAt))) {
        if (ended() || st.pause || st.hold) continue;
        skip = false;
        st.phase = ({ waitReminder: 'remind', waitLetter: 'letter', waitVisit: 'visit', waitLegal: 'legal' } as const)[st.phase as 'waitReminder'];
      }
      continue;
    }
    if (st.phase === 'remind') await remind();
    else if (st.phase === 'letter') await letter();
    else if (st.phase === 'visit') await visit();
    else if (st.phase === 'legal') await legal();
  }
  if (!stopReason) await stop(stopRequested ?? 'closed');
  await watching;
  await condition(allHandlersFinished);
  return stopReason!;
}
