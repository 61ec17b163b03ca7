import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import type { ListParams } from '../common/list-query';
import { ReceptionConversionsService } from './conversions.service';
import { localDay, ReceptionEntriesService } from './entries.service';
import { renderDayLog, type EntryForPdf } from './printouts';
import { AskSpecialistDto, ComplaintFromEntryDto, CreateReceptionEntryDto, RepairFromEntryDto } from './reception.dto';

/** REC-1 / REC-2: the daily reception log and what its entries become. */
@ApiTags('reception')
@ApiBearerAuth()
@Controller('reception-entries')
export class ReceptionEntriesController {
  constructor(
    private readonly entries: ReceptionEntriesService,
    private readonly conversions: ReceptionConversionsService,
    private readonly config: AppConfigService,
  ) {}

  /** The log: `filter.day` (YYYY-MM-DD, China time), kind, channel, takenById, handlerId, householdId, linked, q. */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'reception-entries', await this.entries.list(params));
  }

  /** A day's log, printable (住户接待登记表). */
  @Get('day.pdf')
  @ApiQuery({ name: 'day', example: '2026-11-30' })
  async dayPdf(@Query('day') day: unknown, @Res() res: Response) {
    const range = localDay(day, 'day');
    const page = await this.entries.list({ filter: JSON.stringify({ from: range.gte.toISOString(), to: range.lt.toISOString() }), sort: '["receivedAt","ASC"]', range: '[0,999]' });
    const pdf = await renderDayLog({ path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY }, String(day), page.rows as EntryForPdf[]);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="reception-log-${String(day)}.pdf"`);
    res.send(pdf);
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.entries.get(id);
  }

  /** REC-1: a call or visit into the log, read back to the resident; praise goes to the staff member praised. */
  @Post()
  take(@Body() dto: CreateReceptionEntryDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.entries.take(dto, staff);
  }

  /** REC-1: the entry becomes a complaint (the entry gives the resident, the channel and what was said). */
  @Post(':id/complaint')
  toComplaint(@Param('id', idPipe) id: number, @Body() dto: ComplaintFromEntryDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.conversions.toComplaint(id, dto, staff);
  }

  /** REC-1: the entry becomes a repair order. */
  @Post(':id/repair')
  toRepair(@Param('id', idPipe) id: number, @Body() dto: RepairFromEntryDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.conversions.toRepair(id, dto, staff);
  }

  /** REC-2: the entry's question goes to a specialist; the resident is answered by the promised time. */
  @Post(':id/specialist-question')
  askSpecialist(@Param('id', idPipe) id: number, @Body() dto: AskSpecialistDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.conversions.askSpecialist(id, dto, staff);
  }
}
