import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { temporal } from '@temporalio/proto';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfigService } from '../common/app-config.service';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';

type Check = { status: 'up' | 'down'; detail?: string };

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))]);
}

async function check(work: () => Promise<string | void>): Promise<Check> {
  try {
    const detail = await within(3000, work());
    return detail ? { status: 'up', detail } : { status: 'up' };
  } catch (error) {
    return { status: 'down', detail: (error as Error).message };
  }
}

/** The database, the Temporal server, and whether a worker polls the task queue. 503 when any is down. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly temporal: TemporalService,
    private readonly config: AppConfigService,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response) {
    const { TEMPORAL_NAMESPACE: namespace, TEMPORAL_TASK_QUEUE: taskQueue } = this.config.values;
    const service = this.temporal.client.workflowService;
    const [database, temporalServer, worker] = await Promise.all([
      check(async () => {
        await this.prisma.$queryRaw`SELECT 1`;
      }),
      check(async () => {
        // Which Temporal: the dev server keeps its state in SQLite, the deployed server in PostgreSQL.
        const info = await service.getClusterInfo({});
        return `server ${info.serverVersion} on ${info.persistenceStore}`;
      }),
      check(async () => {
        const { pollers } = await service.describeTaskQueue({
          namespace,
          taskQueue: { name: taskQueue, kind: temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
          taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
        });
        if (!pollers?.length) throw new Error(`no worker polls the task queue "${taskQueue}"`);
        // One identity (pid@host) per worker process, however many pollers each one runs.
        const workers = new Set(pollers.map((p) => p.identity)).size;
        return `${workers} worker(s) polling "${taskQueue}"`;
      }),
    ]);
    const checks = { database, temporal: temporalServer, worker };
    const ok = Object.values(checks).every((c) => c.status === 'up');
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', checks };
  }
}
