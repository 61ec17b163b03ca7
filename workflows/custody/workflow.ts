import { allHandlersFinished, condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import { parseDuration } from '../core/calendar';
import { CaseRuntime, openCase, type DeliveryPolicy } from '../core/case';
import type { Bilingual } from '../core/types';
import { custodyProgress, endCustody, patrolForRain, readingTaken } from './messages';
import type { CustodyPolicy, MeterUse } from './policy';
import { acts, patrol, readingAlert, type StepContext } from './steps';

export interface CustodyState {
  /** The weekly patrols opened so far, and when the next one is due (epoch ms). */
  patrolRound: number;
  nextPatrolAt: number;
  /** The rain patrols already opened (`<warningId>-<phase>`), the last few: a repeated warning opens nothing twice. */
  rainSeen: string[];
}

export interface CustodyInput {
  caseId: number;
  custodyId: number;
  householdId: number;
  /** The unit as tasks name it: "3栋 502". */
  summary: Bilingual;
  policy: CustodyPolicy;
  delivery: DeliveryPolicy;
  /** Set when the process continues as new: where the last run stopped. */
  resume?: CustodyState;
  /** Continue as new past this many history events (tests use a small number). */
  historyLimit?: number;
}

export type CustodyResult = 'ended' | 'closed-by-manager';

const durationMs = (text: string) => {
  const d = parseDuration(text);
  return d.days * 86_400_000 + d.ms;
};

/**
 * MOV-7 (seed 004 §1(6), seed 003): a vacant unit in custody. From the agreement the unit is billed at the
 * custody ratio (FEE-8) until the custody ends; each reading over the limits raises an alert and tells the
 * owner; the exterior is patrolled every week on this process's own timer and before and after heavy rain;
 * a problem found becomes a repair order and the owner is told. Ends at the owner's request with the closing
 * readings. A custody lasts months or years: the process continues as new between patrols.
 */
export async function custodyWorkflow(input: CustodyInput): Promise<CustodyResult> {
  const { caseId, custodyId, policy } = input;
  const kase = input.resume ? new CaseRuntime({ caseId, delivery: input.delivery }) : await openCase({ caseId, delivery: input.delivery });
  const every = durationMs(policy.patrolEvery);
  const st: CustodyState = input.resume ?? { patrolRound: 0, nextPatrolAt: 0, rainSeen: [] };
  const readings: { readingId: number; used: MeterUse }[] = [];
  const rains: { warningId: number; phase: 'before' | 'after' }[] = [];
  let ending: { readingId: number; actorId: number } | undefined;
  let inFlight = 0;

  setHandler(readingTaken, (r) => void readings.push(r));
  setHandler(patrolForRain, (r) => void rains.push(r));
  setHandler(endCustody, (e) => void (ending ??= e));
  setHandler(custodyProgress, () => ({ patrolRound: st.patrolRound, nextPatrolAt: new Date(st.nextPatrolAt).toISOString(), open: inFlight, ending: Boolean(ending) }));

  const ctx: StepContext = { kase, custodyId, caseId, householdId: input.householdId, summary: input.summary, policy, ending: () => Boolean(ending) || kase.closed };
  const failures: unknown[] = [];
  /** Steps run side by side (a weekly patrol and a rain patrol may both be open); the main loop keeps listening. */
  const run = (step: Promise<void>) => {
    inFlight++;
    void step.catch((error) => void failures.push(error)).finally(() => void inFlight--);
  };

  if (!input.resume) {
    // The unit's status is the process's to set: FEE-8 applies from the next billing cycle.
    await acts.beginCustody({ custodyId, caseId });
    st.nextPatrolAt = Date.now() + every;
  }

  for (;;) {
    if (failures.length) throw failures[0];
    if (ending || kase.closed) break;
    for (const r of readings.splice(0)) run(readingAlert(ctx, r.readingId, r.used));
    for (const r of rains.splice(0)) {
      const seen = `${r.warningId}-${r.phase}`;
      if (st.rainSeen.includes(seen)) continue;
      st.rainSeen = [...st.rainSeen, seen].slice(-20);
      run(patrol(ctx, r.phase === 'before' ? 'RAIN_BEFORE' : 'RAIN_AFTER', `rain-${seen}`, r.warningId));
    }
    if (Date.now() >= st.nextPatrolAt) {
      st.patrolRound++;
      // The next patrol a week after this one was due; one missed while the worker was down is not repeated.
      st.nextPatrolAt = Math.max(st.nextPatrolAt + every, Date.now() + 1);
      run(patrol(ctx, 'WEEKLY', `weekly-${st.patrolRound}`));
    }
    const info = workflowInfo();
    if (inFlight === 0 && (info.historyLength > (input.historyLimit ?? policy.historyLimit ?? 5000) || info.continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      if (!readings.length && !rains.length && !ending) await continueAsNew<typeof custodyWorkflow>({ ...input, resume: st });
    }
    const flying = inFlight;
    await condition(
      () => Boolean(ending) || kase.closed || readings.length > 0 || rains.length > 0 || failures.length > 0 || inFlight !== flying,
      Math.max(st.nextPatrolAt - Date.now(), 1),
    );
  }

  // Custody ends: patrols and alerts still open are withdrawn, the unit goes back to full fee, the owner is told.
  kase.cancelOpenTasks();
  await condition(() => inFlight === 0);
  await acts.finishCustody({ custodyId, caseId, readingId: ending?.readingId ?? null, actorId: ending?.actorId ?? null });
  if (ending) await kase.send({ channel: 'SMS', to: { householdId: input.householdId }, template: 'custody-ended', params: { unit: input.summary.zh }, key: 'ended' });
  await kase.finish('ended');
  return ending ? 'ended' : 'closed-by-manager';
}
