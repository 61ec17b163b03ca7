import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { type ListParams } from '../common/list-query';
import { CheckPassDto } from './gate.dto';
import { GateChecksService, GatePassesService } from './gate.service';

/** The gate: passes of every kind checked by security by number or code, and the log of every check. */
@ApiTags('gate')
@ApiBearerAuth()
@Controller()
export class GateController {
  constructor(
    private readonly passes: GatePassesService,
    private readonly checks: GateChecksService,
  ) {}

  /** REC-3 / DEC-3: valid, used, not yet valid, expired, revoked, works stopped or unknown; a valid single-use pass is marked used. Logged. */
  @Post('gate/check')
  @HttpCode(200)
  check(@Body() dto: CheckPassDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.checks.check(dto.query, dto.gate, staff);
  }

  /** The gate log, newest first: filter by result, passId, checkedById, from, to. */
  @Get('gate-checks')
  @listQuery()
  async listChecks(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'gate-checks', await this.checks.list(params));
  }

  @Get('gate-passes')
  @listQuery()
  async listPasses(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'gate-passes', await this.passes.list(params));
  }

  @Get('gate-passes/:id')
  getPass(@Param('id', idPipe) id: number) {
    return this.passes.get(id);
  }
}
