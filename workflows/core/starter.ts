import type { DeliveryPolicy } from './case';

/**
 * How activities start and tell other workflows (a billing run queues thousands of notice deliveries,
 * the arrears sweep opens ladders). The worker implements it with a Temporal client on its own task queue.
 */
export interface Starter {
  /** Starts a workflow; one already running with this id is left as it is (returns false). */
  start(workflowType: string, workflowId: string, args: unknown[]): Promise<boolean>;
  signal(workflowId: string, signalName: string, arg?: unknown): Promise<void>;
  /** How the worker's outbox retries deliveries. */
  delivery: DeliveryPolicy;
}
