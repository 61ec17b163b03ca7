import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { actorOf } from '../common/actor';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest } from '../common/errors';
import { takeFromFilter, type ListParams } from '../common/list-query';
import { CancelEscalationDto, ChangePriorityDto, ChangeTierDto, CloseCaseDto, ExtendDeadlineDto, ReassignDto } from './cases.dto';
import { CasesService } from './cases.service';


/** Cases of every process, and the managers' overrides (each with a reason, kept in the timeline). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller()
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get('cases')
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'cases', await this.cases.list(params));
  }

  @Get('cases/:id')
  get(@Param('id', idPipe) id: number) {
    return this.cases.get(id);
  }

  /** Every case escalated or about to be (a task due within `filter.withinHours`, default 24). */
  @Get('escalations')
  @listQuery()
  @ApiQuery({ name: 'filter', required: false, example: '{"withinHours":24}' })
  async escalations(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    const { taken, params: rest } = takeFromFilter(params, ['withinHours']);
    const { withinHours = 24 } = taken;
    if (typeof withinHours !== 'number' || withinHours < 0 || withinHours > 24 * 30) {
      throw badRequest('filter.withinHours', 'must be a number of hours between 0 and 720');
    }
    const page = await this.cases.list(rest, this.cases.escalationsWhere(withinHours));
    return sendPage(res, 'escalations', page);
  }

  @Post('cases/:id/extend-deadline')
  @HttpCode(200)
  extendDeadline(@Param('id', idPipe) id: number, @Body() dto: ExtendDeadlineDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.cases.extendDeadline(id, dto, actorOf(staff));
  }

  @Post('cases/:id/reassign')
  @HttpCode(200)
  reassign(@Param('id', idPipe) id: number, @Body() dto: ReassignDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.cases.reassign(id, dto, actorOf(staff));
  }

  @Post('cases/:id/cancel-escalation')
  @HttpCode(200)
  cancelEscalation(@Param('id', idPipe) id: number, @Body() dto: CancelEscalationDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.cases.cancelEscalation(id, dto, actorOf(staff));
  }

  @Post('cases/:id/priority')
  @HttpCode(200)
  changePriority(@Param('id', idPipe) id: number, @Body() dto: ChangePriorityDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.cases.changePriority(id, dto, actorOf(staff));
  }

  @Post('cases/:id/tier')
  @HttpCode(200)
  changeTier(@Param('id', idPipe) id: number, @Body() dto: ChangeTierDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.cases.changeTier(id, dto, actorOf(staff));
  }

  @Post('cases/:id/close')
  @HttpCode(200)
  close(@Param('id', idPipe) id: number, @Body() dto: CloseCaseDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.cases.close(id, dto, actorOf(staff));
  }
}
