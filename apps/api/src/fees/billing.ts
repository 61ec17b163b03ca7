import { Body, Controller, Get, Injectable, Logger, type OnApplicationBootstrap, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { BillingRunStatus } from '../../../../prisma/client';
import { billingRunFigures } from '../../../../workflows/billing/activities';
import { ARREARS_SCHEDULE_ID, BILLING_SCHEDULE_ID, billingWorkflowId, isPeriod } from '../../../../workflows/billing/policy';
import type { BillingCycleInput } from '../../../../workflows/billing/workflow';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest, conflict } from '../common/errors';
import { columns, enumEq, text, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { ensureSchedule } from '../temporal/schedules';
import { TemporalService } from '../temporal/temporal.module';
import { plain, staffBrief } from './money';

export class StartBillingRunDto {
  @ApiProperty({ example: '2026-12' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be YYYY-MM' })
  period: string;
}

export class ScheduleNoteDto {
  @ApiPropertyOptional({ description: 'Why (kept on the schedule)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  note?: string;
}

const SCHEDULES = {
  /** FEE-1: on the 1st of each month at 08:00 China Standard Time. */
  [BILLING_SCHEDULE_ID]: {
    workflowType: 'billingCycleWorkflow',
    args: [{ trigger: 'SCHEDULE' } satisfies BillingCycleInput],
    calendar: { dayOfMonth: 1, hour: 0, minute: 0, comment: '08:00 CST on the 1st' },
    description: { zh: '每月 1 日 08:00 生成当月账单并发出缴费通知单', en: "On the 1st of each month at 08:00: the month's bills and fee notices" },
  },
  /** FEE-3: every morning at 09:00 China Standard Time. */
  [ARREARS_SCHEDULE_ID]: {
    workflowType: 'arrearsSweepWorkflow',
    args: [{}],
    calendar: { hour: 1, minute: 0, comment: '09:00 CST every day' },
    description: { zh: '每天 09:00 查找新的欠费住户并启动催缴', en: 'Every day at 09:00: households newly in arrears start their dunning ladder' },
  },
} as const;

type ScheduleId = keyof typeof SCHEDULES;

/** The Temporal Schedules of the money side: created when missing, paused and resumed by managers. */
@Injectable()
export class FeeSchedules implements OnApplicationBootstrap {
  private readonly log = new Logger('FeeSchedules');

  constructor(
    private readonly temporal: TemporalService,
    private readonly config: AppConfigService,
  ) {}

  onApplicationBootstrap() {
    if (!this.config.values.FEE_SCHEDULES) return;
    void Promise.all(Object.keys(SCHEDULES).map((id) => this.ensure(id as ScheduleId))).catch((error: Error) =>
      this.log.warn(`Fee schedules not checked yet (${error.message}); they are created on first use.`),
    );
  }

  async ensure(id: ScheduleId) {
    return ensureSchedule(this.temporal, id, SCHEDULES[id], ScheduleOverlapPolicy.SKIP);
  }

  async describe(id: ScheduleId) {
    const handle = await this.ensure(id);
    const d = await handle.describe();
    return {
      scheduleId: id,
      paused: d.state.paused,
      note: d.state.note || null,
      nextRuns: d.info.nextActionTimes.slice(0, 3).map((t) => t.toISOString()),
      recentActions: d.info.recentActions.map((a) => ({ scheduledAt: a.scheduledAt.toISOString(), startedAt: a.takenAt.toISOString(), workflowId: a.action.workflow.workflowId })),
      description: SCHEDULES[id].description,
    };
  }

  async setPaused(id: ScheduleId, paused: boolean, note: string) {
    const handle = await this.ensure(id);
    if (paused) await handle.pause(note);
    else await handle.unpause(note);
    return this.describe(id);
  }
}

/** FEE-1: billing runs, by the schedule or by hand. */
@Injectable()
export class BillingRunsService extends CrudService {
  protected readonly label = 'billing run';
  protected override readonly include = { startedBy: staffBrief };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'period', 'startedAt', 'status'),
    defaultSort: ['startedAt', 'desc'],
    filters: {
      status: enumEq('status', Object.values(BillingRunStatus)),
      period: (v, k) => {
        if (!isPeriod(text(v, k))) throw badRequest(`filter.${k}`, 'must be YYYY-MM');
        return { period: v };
      },
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly temporal: TemporalService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.billingRun;
  }

  protected override present(row: Record<string, unknown>) {
    return plain(row, ['amountIssued']);
  }

  /** A run still in progress shows what it has issued so far. */
  protected override async presentMany(rows: Record<string, unknown>[]) {
    return Promise.all(
      rows.map(async (run) => {
        if (run.status !== 'RUNNING') return run;
        return { ...run, ...(await billingRunFigures(this.prisma, run.id as number)) };
      }),
    );
  }

  async start(period: string, staffId: number) {
    if (await this.prisma.billingRun.findFirst({ where: { period, status: 'RUNNING' } })) {
      throw conflict(`A billing run for ${period} is still in progress.`);
    }
    const workflowId = billingWorkflowId(period, Date.now());
    const run = await this.prisma.billingRun.create({ data: { period, trigger: 'MANUAL', workflowId, startedById: staffId } });
    try {
      await this.temporal.client.workflow.start('billingCycleWorkflow', {
        workflowId,
        taskQueue: this.temporal.taskQueue,
        args: [{ period, trigger: 'MANUAL', startedById: staffId } satisfies BillingCycleInput],
      });
    } catch (error) {
      await this.prisma.billingRun.delete({ where: { id: run.id } });
      throw error;
    }
    return this.get(run.id);
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller()
export class BillingController {
  constructor(
    private readonly runs: BillingRunsService,
    private readonly schedules: FeeSchedules,
  ) {}

  @Get('billing-runs')
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'billing-runs', await this.runs.list(params));
  }

  @Get('billing-runs/:id')
  get(@Param('id', idPipe) id: number) {
    return this.runs.get(id);
  }

  /** Runs the cycle for a period now; a period already billed issues nothing twice. */
  @Post('billing-runs')
  start(@Body() dto: StartBillingRunDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.runs.start(dto.period, staff.id);
  }

  @Get('billing/schedule')
  schedule() {
    return this.schedules.describe(BILLING_SCHEDULE_ID);
  }

  @Post('billing/schedule/pause')
  pause(@Body() dto: ScheduleNoteDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.schedules.setPaused(BILLING_SCHEDULE_ID, true, dto.note?.trim() || `Paused by ${staff.displayName ?? staff.id}`);
  }

  @Post('billing/schedule/unpause')
  unpause(@Body() dto: ScheduleNoteDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.schedules.setPaused(BILLING_SCHEDULE_ID, false, dto.note?.trim() || `Resumed by ${staff.displayName ?? staff.id}`);
  }
}
