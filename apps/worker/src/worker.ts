import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { withChangeRecords } from '../../common/change-records';
import { createActivities, type ActivityDeps } from './activities';
import { activityActor } from './change-actor';

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
    // The worker's changes of the household file and the money are recorded like the API's, with their process as the actor.
    activities: createActivities({ ...deps, prisma: withChangeRecords(deps.prisma, activityActor) }),
  });
}
