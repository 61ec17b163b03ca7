import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from './activities';

export interface WorkerSetup extends ActivityDeps {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  /** A prebuilt workflow bundle (tests build it once per run); otherwise workflows/ is bundled now. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export const WORKFLOWS_PATH = require.resolve('../../../workflows');

export function createWorker({ connection, namespace, taskQueue, workflowBundle, ...deps }: WorkerSetup): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: createActivities(deps),
  });
}
