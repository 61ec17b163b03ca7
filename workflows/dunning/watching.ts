import { allHandlersFinished, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';
import type { CaseRuntime } from '../core/case';
import { acts, type Ladder } from './ladder';
import type { StopReason } from './policy';
import { CST, iso, ms, WAITS, type LadderState } from './state';
import type { dunningWorkflow } from './workflow';

/**
 * The ladder between its steps, once open: watching payments and waivers, pauses and holds and what
 * lifts them (a date, a resolved dispute, an instalment kept or missed), waiting, and continuing as new.
 */
export function watching(l: Ladder, st: LadderState, runtime: CaseRuntime) {
  const { householdId, input, payments } = l;
  const policy = st.policy;

  async function stop(reason: StopReason) {
    if (l.stopReason) return;
    l.stopReason = reason;
    await l.event('LADDER_STOPPED', { reason }, { stop: reason });
    await runtime.finish(reason);
  }

  /** Payments and waivers, as they come: paid in full stops the ladder at once, a part payment pauses it. */
  async function watch() {
    for (;;) {
      await condition(() => payments.length > 0 || l.stopRequested !== undefined || l.stopReason !== undefined || runtime.closed);
      if (l.stopReason || runtime.closed) return;
      l.watcherBusy = true;
      if (l.stopRequested) return stop(l.stopRequested);
      const batch = payments.splice(0);
      for (const p of batch) if (p.paymentId) await l.event('PAYMENT_RECEIVED', p);
      const arrears = await acts.ladderArrears({ householdId });
      if (arrears.overdue <= 0) return stop('paid');
      if (batch.some((p) => p.paymentId) && !st.agreement) {
        const until = Date.now() + ms(policy.partialPaymentPause);
        st.pause = { reason: 'partial-payment', until };
        l.changes++;
        await l.event('LADDER_PAUSED', { reason: 'partial-payment', until: iso(until), amount: arrears.overdue }, { status: l.status(), pauseReason: 'partial-payment', pausedUntil: iso(until) });
      }
      l.watcherBusy = false;
    }
  }

  /** Keeps the history small: between steps, with nothing in flight, the ladder carries on in a new run. */
  async function maybeContinueAsNew() {
    const info = workflowInfo();
    if (info.historyLength < (input.historyLimit ?? 2000) && !info.continueAsNewSuggested) return;
    if (l.watcherBusy || payments.length || l.ended()) return;
    await condition(allHandlersFinished);
    await continueAsNew<typeof dunningWorkflow>({ ...input, resume: { ...st, payments } });
  }

  /** Waits until `at`; false when something (a pause, a hold, a skip, the end) came first. */
  async function sleepUntil(at: number, skippable = true): Promise<boolean> {
    const seen = l.changes;
    await condition(() => l.ended() || l.changes !== seen || (skippable && l.skip), Math.max(at - Date.now(), 1));
    return !l.ended() && Date.now() >= at;
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
    await l.event('LADDER_RESUMED', { reason }, { status: 'ACTIVE', pauseReason: null, pausedUntil: null, holdComplaintId: null });
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
        await l.event('DISPUTE_RESOLVED', { complaintId: st.hold.complaintId });
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
        await l.event('AGREEMENT_BROKEN', { dueDate: due.dueDate, expected, paid }, { agreement: null });
        await resume('agreement-broken');
      } else if (++agreement.next >= agreement.instalments.length) {
        st.agreement = undefined;
        st.pause = undefined;
        await l.event('AGREEMENT_KEPT', {}, { agreement: null });
        await resume('pause-ended');
      }
    }
  }

  /** While paused or held, the ladder's clock stands still: its current wait ends that much later. */
  async function whileBlocked() {
    const since = Date.now();
    while ((st.pause || st.hold) && !l.ended()) {
      await maybeContinueAsNew();
      const wake = nextReview();
      const seen = l.changes;
      const interrupted = () => l.ended() || l.changes !== seen;
      if (wake === undefined) await condition(interrupted);
      else await condition(interrupted, Math.max(wake - Date.now(), 1));
      if (!l.ended()) await review();
    }
    if (WAITS.includes(st.phase)) st.nextAt += Date.now() - since;
  }

  return { stop, watch, maybeContinueAsNew, sleepUntil, whileBlocked };
}
