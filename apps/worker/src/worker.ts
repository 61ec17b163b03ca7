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

/** The worker's activities, whose changes of the household file and the money are recorded with their process as the actor. */
export const workerActivities = (deps: ActivityDeps) => createActivities({ ...deps, prisma: withChangeRecords(deps.prisma, activityActor) });

export function createWorker({ connection, namespace, taskQueue, workflowBundle, ...deps }: WorkerSetup): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: workerActivities(deps),
  });
}
