import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { DeliveryPolicy } from '../../../workflows/core/case';
import type { Starter } from '../../../workflows/core/starter';

/** Starts and signals workflows on the worker's own task queue, for activities that fan out. */
export function createStarter(client: Client, taskQueue: string, delivery: DeliveryPolicy): Starter {
  return {
    delivery,
    async start(workflowType, workflowId, args) {
      try {
        await client.workflow.start(workflowType, { workflowId, taskQueue, args });
        return true;
      } catch (error) {
        if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
        throw error;
      }
    },
    async signal(workflowId, signalName, arg) {
      await client.workflow.getHandle(workflowId).signal(signalName, arg);
    },
  };
}
