import { proxyActivities, proxyLocalActivities, workflowInfo } from '@temporalio/workflow';
import type { CaseRuntime, HumanTask } from '../core/case';
import { MANAGER_ROLES, type Actor } from '../core/types';
import type { DunningActivities, LadderPatch } from './activities';
import type { StopReason } from './policy';
import { fail, type DunningInput, type LadderState } from './state';

/**
 * The ladder's own reads and writes as it steps are short database statements: local activities, run in
 * the worker without a round trip to the server, so thousands of ladders stepping at once stay cheap.
 * What staff ask for through updates, and the legal bundle (a PDF of the whole file), are ordinary
 * activities: a local activity inside an update handler does not replay reliably.
 */
export const acts = proxyLocalActivities<DunningActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});
export const remote = proxyActivities<DunningActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const isManager = (actor: Actor) => MANAGER_ROLES.includes(actor.role);

/**
 * One run of a ladder: its state (undefined until the ladder opens), its case, and what the update
 * handlers, the watching of payments and holds, and the steps share while it runs.
 */
export class Ladder {
  s: LadderState | undefined;
  kase: CaseRuntime | undefined;
  stopReason: StopReason | undefined;
  stopRequested: StopReason | undefined;
  skip = false;
  changes = 0;
  watcherBusy = false;
  currentTask: HumanTask | undefined;
  readonly payments: LadderState['payments'];

  constructor(readonly input: DunningInput) {
    this.s = input.resume;
    this.payments = this.s?.payments ?? [];
  }

  get householdId(): number {
    return this.input.householdId;
  }

  ended(): boolean {
    return this.stopReason !== undefined || this.stopRequested !== undefined || Boolean(this.kase?.closed);
  }

  state(): LadderState {
    return this.s ?? fail('Conflict', 'The ladder is still opening; try again in a moment.');
  }

  key(): string {
    return `${workflowInfo().workflowId}:${workflowInfo().runId}:L${++this.state().seq}`;
  }

  status(): LadderPatch['status'] {
    return this.s?.hold ? 'HELD' : this.s?.pause ? 'PAUSED' : 'ACTIVE';
  }

  event(type: string, data: Record<string, unknown>, patch: LadderPatch = {}, actor?: Actor) {
    return (actor ? remote : acts).ladderEvent({ ladderId: this.state().ladderId, caseId: this.state().caseId, key: this.key(), type, data, patch, actorId: actor?.id ?? null });
  }

  requireManager(actor: Actor, reason: string): void {
    if (!isManager(actor)) fail('Forbidden', 'Only a CS supervisor or the office director may do this.');
    if (typeof reason !== 'string' || !reason.trim()) fail('Invalid', 'A reason is required.', 'reason');
  }

  requireOpen(): void {
    this.state();
    if (this.ended()) fail('Conflict', 'This ladder has stopped.');
  }
}
