import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { CustodyActivities } from './activities';
import { rainOver } from './messages';

const acts = proxyActivities<CustodyActivities>({ startToCloseTimeout: '5 minutes', heartbeatTimeout: '1 minute' });

export interface RainWarningInput {
  warningId: number;
  /** When the rain is expected to be over (ISO): the patrols after it go out then, or when a supervisor says so. */
  expectedEnd: string;
}

/**
 * MOV-7: a supervisor's heavy-rain warning. Every unit in custody gets a patrol before the rain at once, and
 * one after it when the supervisor records the rain over or at its expected end, whichever comes first. The
 * warning tells each custody's process (an activity signals them page by page), so a retried step opens no
 * patrol twice.
 */
export async function rainWarningWorkflow(input: RainWarningInput): Promise<void> {
  let over = false;
  setHandler(rainOver, () => void (over = true));
  await acts.patrolAllInCustody({ warningId: input.warningId, phase: 'before' });
  await condition(() => over, Math.max(Date.parse(input.expectedEnd) - Date.now(), 1));
  await acts.rainPassed({ warningId: input.warningId });
  await acts.patrolAllInCustody({ warningId: input.warningId, phase: 'after' });
}
