import { proxyActivities } from '@temporalio/workflow';
import type { DunningActivities } from './activities';

const acts = proxyActivities<DunningActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/**
 * FEE-3: every day, each household with an overdue bill and no open ladder gets its dunning ladder
 * (it then appears in the overdue list). Staff may run it at once, for everyone or for some households.
 */
export async function arrearsSweepWorkflow(input: { householdIds?: number[] } = {}): Promise<number> {
  let started = 0;
  for (let after = 0; ; ) {
    const page = await acts.startLadders({ afterHouseholdId: after, householdIds: input.householdIds });
    started += page.started;
    if (page.last === null) return started;
    after = page.last;
  }
}
