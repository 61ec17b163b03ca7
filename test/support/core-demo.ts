import { CasesService } from '../../apps/api/src/cases/cases.service';
import type { RunningApi } from '../harness';
import type { CoreDemoInput, CoreDemoPolicy } from './core-demo.workflow';

/** Opens a case of the test-only process through the API's one way of starting cases. */
export function startCoreDemo(
  api: RunningApi,
  options: { policy: CoreDemoPolicy; householdId?: number; title?: string; policyKey?: string },
): Promise<{ id: number; workflowId: string; policyVersion: number }> {
  const { householdId, title = 'Test case', policyKey = 'core-demo' } = options;
  return api.app.get(CasesService).startCase<CoreDemoInput>({
    process: 'core-demo',
    workflowType: 'coreDemoWorkflow',
    workflowId: (id) => `core-demo-${id}`,
    title: { zh: `测试案件 ${title}`, en: title },
    householdId,
    policyKey,
    defaultPolicy: options.policy,
    input: (caseId, policy, delivery) => ({ caseId, householdId, policy: policy as CoreDemoPolicy, delivery }),
  }) as Promise<{ id: number; workflowId: string; policyVersion: number }>;
}
