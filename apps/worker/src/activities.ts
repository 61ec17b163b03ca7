import type { PrismaClient } from '../../../prisma/client';
import { createFileLoanActivities } from '../../../workflows/file-loan/activities';

export interface ActivityDeps {
  prisma: PrismaClient;
}

/** Every activity of every process, built once with the worker's dependencies. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createFileLoanActivities(deps),
  };
}
