import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { PrismaClient } from '../../../prisma/client';
import { createActivities } from './activities';

export interface WorkerSetup {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  prisma: PrismaClient;
  /** A prebuilt workflow bundle (tests build it once per run); otherwise workflows/ is bundled now. */
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export const WORKFLOWS_PATH = require.resolve('../../../workflows');

export function createWorker({ connection, namespace, taskQueue, prisma, workflowBundle }: WorkerSetup): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: createActivities({ prisma }),
  });
}
