import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { type ListParams } from '../common/list-query';
import { AppointmentDto, ImportHandoverDto } from './handover.dto';
import { HandoverService } from './handover.service';

@ApiTags('handover')
@ApiBearerAuth()
@Controller()
export class HandoverController {
  constructor(private readonly handover: HandoverService) {}

  @Get('handover-imports')
  imports() {
    return this.handover.imports();
  }

  /** The developer's list (CSV): all lines or none; a bad line is refused with its line number. */
  @Post('handover-imports')
  importList(@Body() dto: ImportHandoverDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.handover.importList(dto, staff);
  }

  /** The move-in notices (identity numbers masked): filter by importId, buildingId, unitId, booked, q. */
  @Get('handover-notices')
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'handover-notices', await this.handover.list(params));
  }

  @Get('handover-notices/:id')
  get(@Param('id', idPipe) id: number) {
    return this.handover.get(id);
  }

  /** The buyer's full identity number, for a role that may read it (recorded). */
  @Get('handover-notices/:id/identity')
  identity(@Param('id', idPipe) id: number) {
    return this.handover.identity(id);
  }

  /** Books the unit's handover appointment; the buyer gets an SMS with the time and the documents to bring. */
  @Post('handover-notices/:id/appointment')
  book(@Param('id', idPipe) id: number, @Body() dto: AppointmentDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.handover.book(id, dto, staff);
  }
}
