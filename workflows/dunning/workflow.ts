import { allHandlersFinished, condition } from '@temporalio/workflow';
import { CaseRuntime, openCase } from '../core/case';
import { registerHandlers } from './handlers';
import { acts, Ladder } from './ladder';
import type { StopReason } from './policy';
import { ms, WAITS, type DunningInput } from './state';
import { steps } from './steps';
import { watching } from './watching';

export type { DunningInput, LadderState } from './state';

/**
 * The dunning ladder of one household in arrears (FEE-3 to FEE-6; seed 004 §2(4)): overdue, SMS and
 * phone reminder, the demand letter by express mail three months after the phone notice, a home visit
 * for a household living in the estate, then legal referral with the director's approval. Paying in full
 * stops it at any step; a partial payment or an instalment agreement pauses it; a dispute tied to a
 * complaint holds it; managers may hold, release, skip or waive.
 */
export async function dunningWorkflow(input: DunningInput): Promise<StopReason | 'not-in-arrears'> {
  const { householdId } = input;
  const ladder = new Ladder(input);

  // Handlers first, so nothing sent while the ladder opens is refused as unknown.
  registerHandlers(ladder);

  if (!ladder.s) {
    const opened = await acts.openLadder({ householdId });
    if (!opened) return 'not-in-arrears';
    ladder.s = {
      caseId: opened.caseId,
      ladderId: opened.ladderId,
      policy: opened.policy,
      phase: 'waitReminder',
      step: 'OVERDUE',
      nextAt: Date.now() + ms(opened.policy.remindAfter),
      round: 1,
      seq: 0,
      payments: ladder.payments,
    };
    ladder.kase = await openCase({ caseId: ladder.s.caseId, delivery: input.delivery });
  } else {
    ladder.kase = new CaseRuntime({ caseId: ladder.s.caseId, delivery: input.delivery });
  }
  const st = ladder.s;
  const runtime = ladder.kase;
  const { stop, watch, maybeContinueAsNew, sleepUntil, whileBlocked } = watching(ladder, st, runtime);
  const { remind, letter, visit, legal } = steps(ladder, st, runtime, { stop, sleepUntil });

  const watched = watch();
  while (!ladder.ended()) {
    if (st.pause || st.hold) {
      await whileBlocked();
      continue;
    }
    if (WAITS.includes(st.phase)) {
      await maybeContinueAsNew();
      if (ladder.skip || Date.now() >= st.nextAt || (await sleepUntil(st.nextAt))) {
        if (ladder.ended() || st.pause || st.hold) continue;
        ladder.skip = false;
        st.phase = ({ waitReminder: 'remind', waitLetter: 'letter', waitVisit: 'visit', waitLegal: 'legal' } as const)[st.phase as 'waitReminder'];
      }
      continue;
    }
    if (st.phase === 'remind') await remind();
    else if (st.phase === 'letter') await letter();
    else if (st.phase === 'visit') await visit();
    else if (st.phase === 'legal') await legal();
  }
  if (!ladder.stopReason) await stop(ladder.stopRequested ?? 'closed');
  await watched;
  await condition(allHandlersFinished);
  return ladder.stopReason!;
}
