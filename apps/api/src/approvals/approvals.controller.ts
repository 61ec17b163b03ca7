import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { idPipe, listQuery, sendPage } from '../common/crud';
import type { ListParams } from '../common/list-query';
import { ApprovalsService } from './approvals.service';

export class ApproveDto {
  @ApiPropertyOptional({ description: "The approver's note" })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class RejectDto {
  @ApiProperty({ description: 'Why it is rejected (kept with the request)' })
  @IsString()
  @Matches(/\S/, { message: 'note is required' })
  @MaxLength(500)
  note: string;
}

/** Requests that wait for a second person (a payment's reversal, a waiver, a bank-debit import), and their decision. */
@ApiTags('approvals')
@ApiBearerAuth()
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalsService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'approvals', await this.approvals.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.approvals.get(id);
  }

  /** Approves and posts it (another person, of another role, than the one who asked). */
  @Post(':id/approve')
  approve(@Param('id', idPipe) id: number, @Body() dto: ApproveDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.approvals.approve(id, staff, dto.note);
  }

  /** Rejects it with a reason; nothing is posted. */
  @Post(':id/reject')
  reject(@Param('id', idPipe) id: number, @Body() dto: RejectDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.approvals.reject(id, staff, dto.note);
  }
}
