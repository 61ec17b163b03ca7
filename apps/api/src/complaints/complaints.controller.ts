import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Prisma } from '../../../../prisma/client';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { reportPeriod } from '../common/figures/report';
import { sendReport } from '../common/figures/send';
import { takeFromFilter, type ListParams } from '../common/list-query';
import { methodNotAllowed } from '../common/method-not-allowed';
import { ComplaintsService } from './complaints';
import { complaintReport } from './figures-report';
import { CorrectComplaintDto, CreateComplaintDto } from './complaints.dto';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly complaints: ComplaintsService,
    private readonly config: AppConfigService,
  ) {}

  private get font() {
    return { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
  }

  /** `filter.followUp: true` is the supervisor's follow-up list (CMP-8); `filter.overdue: true` the late ones. */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    const { taken, params: rest } = takeFromFilter(params, ['followUp', 'overdue']);
    const { followUp, overdue } = taken;
    const scopes: Prisma.ComplaintWhereInput[] = [];
    if (followUp === true || followUp === 'true') scopes.push(await this.complaints.followUpScope());
    if (overdue === true || overdue === 'true') scopes.push(await this.complaints.overdueScope());
    const page = await this.complaints.list(rest, scopes.length ? { AND: scopes } : undefined);
    return sendPage(res, 'complaints', page);
  }

  @Get('figures')
  @ApiQuery({ name: 'from', required: true, example: '2026-11-01' })
  @ApiQuery({ name: 'to', required: true, example: '2026-12-01' })
  figures(@Query('from') from: unknown, @Query('to') to: unknown) {
    return this.complaints.figures(...reportPeriod(from, to));
  }

  /** The figures as a workbook or a PDF, titled in `lang` (zh, en). */
  @Get('figures.xlsx')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresXlsx(@Query('from') from: unknown, @Query('to') to: unknown, @Query('lang') lang: unknown, @Res() res: Response) {
    const [start, end] = reportPeriod(from, to);
    await sendReport(res, 'xlsx', lang, async () => complaintReport(await this.complaints.figures(start, end), start, end), this.font);
  }

  @Get('figures.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresPdf(@Query('from') from: unknown, @Query('to') to: unknown, @Query('lang') lang: unknown, @Res() res: Response) {
    const [start, end] = reportPeriod(from, to);
    await sendReport(res, 'pdf', lang, async () => complaintReport(await this.complaints.figures(start, end), start, end), this.font);
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.complaints.get(id);
  }

  /** CMP-1: take a complaint; its process starts at once. */
  @Post()
  take(@Body() dto: CreateComplaintDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.complaints.take(dto, staff);
  }

  /**
   * Corrects what the resident said (place, time, subject, description, request, name, phone), with the
   * change in the case timeline. Takes the whole record as the stock client sends it; answers it as GET does.
   */
  @Put(':id')
  @ApiBody({ type: CorrectComplaintDto })
  async correct(@Param('id', idPipe) id: number, @Body() body: unknown, @CurrentStaff() staff: StaffPrincipal) {
    return this.complaints.correct(id, await this.complaints.correctionOf(id, body), staff);
  }

  /** CMP-7: a complaint is never dropped; 405 with the way an invalid one is closed. */
  @Delete(':id')
  async remove(@Param('id', idPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<never> {
    await this.complaints.get(id);
    const message =
      'A complaint is never deleted (CMP-7): one found invalid is still answered, then closed with its reason through its process (invalidReason at intake, or invalid and invalidReason on the handling task).';
    throw methodNotAllowed(res, ['GET', 'HEAD', 'PUT'], message);
  }
}
