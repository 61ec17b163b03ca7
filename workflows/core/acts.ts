import { proxyActivities } from '@temporalio/workflow';
import type { CoreActivities } from './activities';

/** The core's activities as the case runtime, its updates and its escalations call them. */
export const coreActs = proxyActivities<CoreActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});
