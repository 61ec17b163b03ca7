import { Body, Controller, HttpException, Get, Injectable, Param, Post, Query, Res, type OnModuleInit } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsInt, IsNumber, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import type { Response } from 'express';
import type { UpdateDefinition } from '@temporalio/client';
import { LadderStatus, LadderStep } from '../../../../prisma/client';
import { localToday } from '../../../common/ledger';
import { agreeInstalments, holdForDispute, holdLadder, recordReason, releaseLadder, skipStep, waiveArrears } from '../../../../workflows/dunning/messages';
import type { Actor } from '../../../../workflows/core/types';
import { ApprovalsService } from '../approvals/approvals.service';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { actorOf } from '../common/actor';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest, conflict } from '../common/errors';
import { boolEq, columns, contains, enumEq, intEq, text, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';
import { sendUpdateWhenReady } from '../temporal/updates';
import { householdBrief, plain } from './money';

class ReasonDto {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'reason is required' })
  @MaxLength(500)
  reason: string;
}

export class RecordReasonDto extends ReasonDto {}
export class SkipDto extends ReasonDto {}
export class WaiveDto extends ReasonDto {}
export class ReleaseDto extends ReasonDto {}

export class HoldDto extends ReasonDto {
  @ApiPropertyOptional({ description: 'Held until then; without it, until a manager releases it' })
  @IsOptional()
  @IsDateString({}, { message: 'until must be a date-time' })
  until?: string;
}

export class DisputeDto extends ReasonDto {
  @ApiProperty({ description: 'The complaint the household disputes through' })
  @IsInt()
  complaintId: number;
}

class InstalmentDto {
  @ApiProperty({ example: '2026-12-15' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueDate must be YYYY-MM-DD' })
  dueDate: string;

  @ApiProperty({ example: 300 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'amount must be a number with at most 2 decimals' })
  amount: number;
}

export class AgreementDto {
  @ApiProperty({ type: [InstalmentDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'instalments must have at least one instalment' })
  @ArrayMaxSize(36)
  @ValidateNested({ each: true })
  @Type(() => InstalmentDto)
  instalments: InstalmentDto[];

  @ApiProperty()
  @IsString()
  @MaxLength(500)
  note: string;
}

export class SweepDto {
  @ApiPropertyOptional({ type: [Number], description: 'Only these households (default: all)' })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  householdIds?: number[];
}

/** The ladder's workflow has not yet filed its case (it answers 409 "still opening"). */
const ladderOpening = (error: HttpException) => error.getStatus() === 409 && /still opening/.test(error.message);

/** FEE-3..6: the overdue list is the households' open dunning ladders; staff act on them through their workflow. */
@Injectable()
export class DunningService extends CrudService implements OnModuleInit {
  protected readonly label = 'dunning ladder';
  protected override readonly include = { household: householdBrief };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'overdueAmount', 'oldestDueDate', 'stepAt', 'startedAt'),
    defaultSort: ['oldestDueDate', 'asc'],
    filters: {
      step: enumEq('step', Object.values(LadderStep)),
      status: enumEq('status', Object.values(LadderStatus)),
      open: (v, k) => (boolEq('open')(v, k).open ? { status: { not: 'STOPPED' } } : { status: 'STOPPED' }),
      householdId: intEq('householdId'),
      caseId: intEq('caseId'),
      buildingId: (v, k) => ({ household: { unit: intEq('buildingId')(v, k) } }),
      minAgeDays: (v, k) => {
        const days = Number(text(String(v), k));
        // At most about a hundred years: a larger count is no date PostgreSQL can store.
        if (!Number.isInteger(days) || days < 0 || days > 36_500) throw badRequest(`filter.${k}`, 'must be a whole number of days');
        return { oldestDueDate: { lte: new Date(localToday().getTime() - days * 86_400_000) } };
      },
      q: (v, k) => ({ household: { OR: [contains('name')(v, k), { unit: contains('number')(v, k) }] } }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly temporal: TemporalService,
    private readonly approvals: ApprovalsService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.dunningLadder;
  }

  protected override present(row: Record<string, unknown>) {
    const ladder = plain(row, ['overdueAmount'], ['oldestDueDate', 'promisedDate']) as Record<string, unknown> & { oldestDueDate: string };
    // A stopped ladder keeps the age its debt had when it stopped.
    const asOf = row.stoppedAt instanceof Date ? localToday(row.stoppedAt.getTime()) : localToday();
    const ageDays = Math.max(0, Math.floor((asOf.getTime() - Date.parse(ladder.oldestDueDate)) / 86_400_000));
    return { ...ladder, ageDays };
  }

  private async act<Arg>(id: number, update: UpdateDefinition<void, [Arg & { actor: Actor }]>, arg: Arg, staff: StaffPrincipal) {
    const ladder = (await this.get(id)) as { workflowId: string; status: string };
    if (ladder.status === 'STOPPED') throw conflict('This ladder has stopped.');
    await sendUpdateWhenReady(this.temporal, ladder.workflowId, update, { ...arg, actor: actorOf(staff) }, ladderOpening);
    return this.get(id);
  }

  reason(id: number, dto: RecordReasonDto, staff: StaffPrincipal) {
    return this.act(id, recordReason, { reason: dto.reason.trim() }, staff);
  }

  agreement(id: number, dto: AgreementDto, staff: StaffPrincipal) {
    return this.act(id, agreeInstalments, { instalments: dto.instalments.map((i) => ({ dueDate: i.dueDate, amount: i.amount })), note: dto.note }, staff);
  }

  async dispute(id: number, dto: DisputeDto, staff: StaffPrincipal) {
    const ladder = (await this.get(id)) as { householdId: number };
    const complaint = await this.prisma.complaint.findUnique({ where: { id: dto.complaintId } });
    if (!complaint) throw badRequest('complaintId', `complaint ${dto.complaintId} does not exist`);
    if (complaint.householdId !== ladder.householdId) throw badRequest('complaintId', `complaint ${dto.complaintId} is not this household's`);
    if (complaint.status !== 'OPEN') throw badRequest('complaintId', `complaint ${dto.complaintId} is already ${complaint.status.toLowerCase()}`);
    return this.act(id, holdForDispute, { complaintId: dto.complaintId, reason: dto.reason.trim() }, staff);
  }

  hold(id: number, dto: HoldDto, staff: StaffPrincipal) {
    return this.act(id, holdLadder, { reason: dto.reason.trim(), ...(dto.until ? { until: new Date(dto.until).toISOString() } : {}) }, staff);
  }

  release(id: number, dto: ReleaseDto, staff: StaffPrincipal) {
    return this.act(id, releaseLadder, { reason: dto.reason.trim() }, staff);
  }

  skip(id: number, dto: SkipDto, staff: StaffPrincipal) {
    return this.act(id, skipStep, { reason: dto.reason.trim() }, staff);
  }

  /** A waiver waits for a second manager of another role (approvals); approved, it is sent to the ladder as the approver's. */
  async waive(id: number, dto: WaiveDto, staff: StaffPrincipal) {
    const ladder = (await this.get(id)) as { id: number; householdId: number; status: string; overdueAmount: number; household?: { name: string; unit?: { number: string } } };
    if (ladder.status === 'STOPPED') throw conflict('This ladder has stopped.');
    return this.approvals.request(
      {
        kind: 'WAIVER',
        subject: `dunning-ladder-${ladder.id}`,
        householdId: ladder.householdId,
        amount: ladder.overdueAmount,
        reason: dto.reason.trim(),
        params: { ladderId: ladder.id, household: { name: ladder.household?.name, unit: ladder.household?.unit?.number } },
        pendingMessage: (approval) => `This ladder already has a waiver waiting for approval (approval ${approval}).`,
      },
      staff,
    );
  }

  onModuleInit() {
    this.approvals.register('WAIVER', async (approval, approver) => {
      const { ladderId } = approval.params as { ladderId: number };
      const ladder = (await this.act(ladderId, waiveArrears, { reason: approval.reason }, approver)) as { id: number; status: string };
      return { ladderId: ladder.id };
    });
  }

  async sweep(householdIds?: number[]) {
    const workflowId = `arrears-sweep-${Date.now()}`;
    await this.temporal.client.workflow.start('arrearsSweepWorkflow', { workflowId, taskQueue: this.temporal.taskQueue, args: [{ householdIds }] });
    return { workflowId };
  }
}


@ApiTags('fees')
@ApiBearerAuth()
@Controller('dunning-ladders')
export class DunningController {
  constructor(private readonly dunning: DunningService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'dunning-ladders', await this.dunning.list(params));
  }

  /** Looks for households in arrears now (the schedule does it every morning). */
  @Post('sweep')
  sweep(@Body() dto: SweepDto) {
    return this.dunning.sweep(dto.householdIds);
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.dunning.get(id);
  }

  @Post(':id/reason')
  reason(@Param('id', idPipe) id: number, @Body() dto: RecordReasonDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.dunning.reason(id, dto, staff);
  }

  @Post(':id/agreement')
  agreement(@Param('id', idPipe) id: number, @Body() dto: AgreementDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.dunning.agreement(id, dto, staff);
  }

  @Post(':id/dispute')
  dispute(@Param('id', idPipe) id: number, @Body() dto: DisputeDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.dunning.dispute(id, dto, staff);
  }

  @Post(':id/hold')
  hold(@Param('id', idPipe) id: number, @Body() dto: HoldDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.dunning.hold(id, dto, staff);
  }

  @Post(':id/release')
  release(@Param('id', idPipe) id: number, @Body() dto: ReleaseDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.dunning.release(id, dto, staff);
  }

  @Post(':id/skip')
  skip(@Param('id', idPipe) id: number, @Body() dto: SkipDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.dunning.skip(id, dto, staff);
  }

  @Post(':id/waive')
  waive(@Param('id', idPipe) id: number, @Body() dto: WaiveDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.dunning.waive(id, dto, staff);
  }
}
