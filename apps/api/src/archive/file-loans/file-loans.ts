import { Body, Controller, Get, HttpCode, Injectable, Param, Post, Query, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { WorkflowExecutionAlreadyStartedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { IsDateString, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { Response } from 'express';
import { FileLoanStatus } from '../../../../../prisma/client';
import { returnFile } from '../../../../../workflows/file-loan/messages';
import { DEFAULT_FILE_LOAN_POLICY, fileLoanWorkflowId } from '../../../../../workflows/file-loan/policy';
import type { fileLoanWorkflow } from '../../../../../workflows/file-loan/workflow';
import { CurrentStaff, type StaffPrincipal } from '../../auth/current-staff.decorator';
import { assertReference, CrudService, idPipe, listQuery, sendPage } from '../../common/crud';
import { badRequest, conflict } from '../../common/errors';
import { columns, enumEq, intEq, type ListParams, type ListSpec } from '../../common/list-query';
import { createOnce, RequestIdField } from '../../common/request-id';
import { PrismaService } from '../../database/prisma.service';
import { TemporalService } from '../../temporal/temporal.module';

const DAY_MS = 24 * 3600 * 1000;
const MAX_LOAN_MS = 30 * DAY_MS;

export class LendFileDto {
  @ApiProperty()
  @IsInt()
  householdId: number;

  @ApiProperty({ example: '李明 (engineering)', description: 'Who takes the file' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  borrower: string;

  @ApiProperty({ example: 'water leak claim, unit 1-0302' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  purpose: string;

  @ApiPropertyOptional({ description: 'Days until the file is due back (default 3)', minimum: 1, maximum: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  loanDays?: number;

  @ApiPropertyOptional({ description: 'Exact due time instead of loanDays (ISO 8601, within 30 days)' })
  @IsOptional()
  @IsDateString({}, { message: 'dueAt must be an ISO 8601 date-time' })
  dueAt?: string;

  @RequestIdField()
  requestId?: string;
}

const include = {
  household: { select: { id: true, name: true } },
  lentBy: { select: { id: true, displayName: true } },
  receivedBy: { select: { id: true, displayName: true } },
};

/** ARC-3: the register of household files lent out of the archive. Append-only. */
@Injectable()
export class FileLoansService extends CrudService {
  protected readonly label = 'file loan';
  protected override readonly include = include;
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'lentAt', 'dueAt', 'returnedAt', 'status', 'borrower'),
    defaultSort: ['lentAt', 'desc'],
    filters: {
      householdId: intEq('householdId'),
      status: enumEq('status', Object.values(FileLoanStatus)),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly temporal: TemporalService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.fileLoan;
  }

  async lend(dto: LendFileDto, staff: StaffPrincipal) {
    if (dto.loanDays !== undefined && dto.dueAt !== undefined) {
      throw badRequest('dueAt', 'give either loanDays or dueAt, not both');
    }
    const now = Date.now();
    const periodMs = dto.dueAt
      ? new Date(dto.dueAt).getTime() - now
      : dto.loanDays
        ? dto.loanDays * DAY_MS
        : DEFAULT_FILE_LOAN_POLICY.loanPeriodMs;
    if (periodMs <= 0) throw badRequest('dueAt', 'must be in the future');
    if (periodMs > MAX_LOAN_MS) throw badRequest('dueAt', 'a file may be lent for 30 days at most');
    await assertReference(this.prisma.household, 'householdId', dto.householdId, 'household');

    // A requestId seen before answers with its loan (and makes sure that loan's process runs).
    const { record: loan, created } = await createOnce(
      dto.requestId,
      (requestId) => this.prisma.fileLoan.findUnique({ where: { requestId } }),
      () =>
        this.prisma.fileLoan.create({
          data: {
            householdId: dto.householdId,
            borrower: dto.borrower,
            purpose: dto.purpose,
            lentById: staff.id,
            lentAt: new Date(now),
            dueAt: new Date(now + periodMs),
            requestId: dto.requestId ?? null,
          },
        }),
    );
    if (loan.status !== 'OUT') return this.get(loan.id);
    try {
      await this.chase(loan);
    } catch (error) {
      // Without its process the loan would never be chased: take it back and say so. A repeat of the
      // request leaves it to the first, which is still starting the process or takes the loan back.
      if (created) await this.prisma.fileLoan.delete({ where: { id: loan.id } });
      throw new ServiceUnavailableException({
        statusCode: 503,
        message: `The loan was not registered: the workflow service is unavailable (${(error as Error).message}). Try again.`,
      });
    }
    return this.get(loan.id);
  }

  /** Starts the loan's process until its due time; the workflow id is the loan's, so a second start is harmless. */
  private async chase(loan: { id: number; dueAt: Date }) {
    try {
      await this.temporal.client.workflow.start<typeof fileLoanWorkflow>('fileLoanWorkflow', {
        workflowId: fileLoanWorkflowId(loan.id),
        taskQueue: this.temporal.taskQueue,
        args: [{ loanId: loan.id, policy: { loanPeriodMs: Math.max(1, loan.dueAt.getTime() - Date.now()) } }],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  async giveBack(id: number, staff: StaffPrincipal) {
    const loan = (await this.get(id)) as { status: FileLoanStatus };
    if (loan.status === 'RETURNED') throw conflict(`File loan ${id} has already been returned.`);
    try {
      await this.temporal.client.workflow
        .getHandle(fileLoanWorkflowId(id))
        .executeUpdate(returnFile, { args: [{ receivedById: staff.id }] });
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) throw conflict(`File loan ${id} has already been returned.`);
      throw error;
    }
    return this.get(id);
  }
}

@ApiTags('archive')
@ApiBearerAuth()
@Controller('file-loans')
export class FileLoansController {
  constructor(private readonly service: FileLoansService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'file-loans', await this.service.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.service.get(id);
  }

  /** Lend a household's file: registered, and chased by its workflow until it is back. */
  @Post()
  lend(@Body() dto: LendFileDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.service.lend(dto, staff);
  }

  @Post(':id/return')
  @HttpCode(200)
  giveBack(@Param('id', idPipe) id: number, @CurrentStaff() staff: StaffPrincipal) {
    return this.service.giveBack(id, staff);
  }
}
