import { openCase, type DeliveryPolicy } from '../../workflows/core/case';
import type { SendSpec } from '../../workflows/core/case';
import type { TaskSpec } from '../../workflows/core/types';

/** A test-only process that exercises the BPM core: one task, then an optional message to the household. */
export interface CoreDemoPolicy {
  task: TaskSpec;
  notify?: Omit<SendSpec, 'to' | 'key'>;
}

export interface CoreDemoInput {
  caseId: number;
  householdId?: number;
  policy: CoreDemoPolicy;
  delivery: DeliveryPolicy;
}

export async function coreDemoWorkflow({ caseId, householdId, policy, delivery }: CoreDemoInput): Promise<string> {
  const kase = await openCase({ caseId, delivery, tier: 'minor', tiers: ['minor', 'important', 'major'] });
  const task = await kase.openTask(policy.task);
  const outcome = await task.result();
  if (outcome.status !== 'completed') return outcome.status;
  if (policy.notify && householdId) await kase.send({ ...policy.notify, to: { householdId }, key: 'result' });
  await kase.finish('completed');
  return outcome.status;
}
