import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { DeliveryPolicy } from '../core/case';
import type { OutboxActivities } from './activities';

/** Sends one outbox message, retrying with back-off; after the last attempt the message is marked failed. */
export async function messageDeliveryWorkflow({ messageId, delivery }: { messageId: number; delivery: DeliveryPolicy }): Promise<string> {
  const { deliverMessage } = proxyActivities<OutboxActivities>({
    startToCloseTimeout: '2 minutes',
    retry: {
      maximumAttempts: delivery.maximumAttempts,
      initialInterval: delivery.initialIntervalMs,
      backoffCoefficient: 2,
      maximumInterval: Math.max(delivery.initialIntervalMs * 16, 1000),
    },
  });
  const { markMessageFailed } = proxyActivities<OutboxActivities>({ startToCloseTimeout: '30 seconds' });
  try {
    await deliverMessage(messageId);
    return 'SENT';
  } catch (error) {
    const cause = error instanceof ActivityFailure ? error.cause : error;
    const reason = cause instanceof ApplicationFailure || cause instanceof Error ? cause.message : String(cause);
    await markMessageFailed(messageId, reason);
    return 'FAILED';
  }
}
