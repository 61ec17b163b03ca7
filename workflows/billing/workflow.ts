import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { BillingActivities } from './activities';
import { isPeriod, periodOf } from './policy';

const acts = proxyActivities<BillingActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

export interface BillingCycleInput {
  /** "YYYY-MM"; a scheduled run bills the month it starts in (local time). */
  period?: string;
  trigger: 'SCHEDULE' | 'MANUAL';
  startedById?: number;
}

/**
 * FEE-1: the billing cycle of a period. Every unit's paying household gets its bill (FEE-8: custody
 * units at the custody ratio), then its fee notice through the outbox. Pages of units keep each step
 * small; bills are unique per unit and period, so running a period again issues nothing twice.
 */
export async function billingCycleWorkflow(input: BillingCycleInput): Promise<{ runId: number }> {
  const period = input.period ?? periodOf(Date.now());
  if (!isPeriod(period)) throw ApplicationFailure.nonRetryable(`"${period}" is not a period (YYYY-MM)`);
  const { runId, policy } = await acts.openBillingRun({ period, trigger: input.trigger, startedById: input.startedById });
  try {
    for (let after = 0; ; ) {
      const page = await acts.billPage({ runId, period, afterUnitId: after, policy });
      if (page.billIds.length) await acts.queueNotices({ billIds: page.billIds });
      if (page.lastUnitId === null) break;
      after = page.lastUnitId;
    }
  } catch (error) {
    await acts.finishBillingRun({ runId, error: (error as Error).message });
    throw error;
  }
  await acts.finishBillingRun({ runId });
  return { runId };
}
