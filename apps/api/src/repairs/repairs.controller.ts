import { Body, Controller, Delete, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { categoryOf } from '../../../../workflows/repair/policy';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { reportPeriod } from '../common/figures/report';
import { sendReport } from '../common/figures/send';
import { badRequest } from '../common/errors';
import { type ListParams } from '../common/list-query';
import { methodNotAllowed } from '../common/method-not-allowed';
import { RepairFiguresService } from './figures';
import { renderRepairOrder } from './order-pdf';
import { CreateRepairDto, VoidRepairDto } from './repairs.dto';
import { RepairsService } from './repairs.service';

const attachment = (res: Response, type: string, name: string, body: Buffer | string) => {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.send(body);
};

@ApiTags('repairs')
@ApiBearerAuth()
@Controller('repairs')
export class RepairsController {
  constructor(
    private readonly repairs: RepairsService,
    private readonly figures: RepairFiguresService,
    private readonly config: AppConfigService,
  ) {}

  private get font() {
    return { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
  }

  /** The register, free and paid: filter by status, kind, category, buildingId, engineerId, olderThanDays, q. */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'repairs', await this.repairs.list(params));
  }

  /** The categories (warranty years, return-visit clock) and the price list of the policy in force. */
  @Get('catalogue')
  catalogue() {
    return this.repairs.catalogue();
  }

  /** REP-2 before saving: free or paid, the warranty's end, and a price-list item's charge. */
  @Get('quote')
  @ApiQuery({ name: 'category', example: 'PLUMBING' })
  @ApiQuery({ name: 'householdId', required: false })
  @ApiQuery({ name: 'priceCode', required: false })
  quote(@Query('category') category: unknown, @Query('householdId') householdId: unknown, @Query('priceCode') priceCode: unknown) {
    if (typeof category !== 'string' || !category) throw badRequest('category', 'is required');
    if (priceCode !== undefined && typeof priceCode !== 'string') throw badRequest('priceCode', 'must be text');
    let id: number | undefined;
    if (householdId !== undefined && householdId !== '') {
      id = Number(householdId);
      if (typeof householdId !== 'string' || !/^\d{1,9}$/.test(householdId)) throw badRequest('householdId', 'must be a household id');
    }
    return this.repairs.quote(id, category, priceCode || undefined);
  }

  /** REP-7: the monthly summary per category, register and engineer. */
  @Get('figures')
  @ApiQuery({ name: 'from', example: '2026-11-01' })
  @ApiQuery({ name: 'to', example: '2026-12-01' })
  getFigures(@Query('from') from: unknown, @Query('to') to: unknown) {
    return this.figures.figures(...reportPeriod(from, to));
  }

  @Get('figures.csv')
  async figuresCsv(@Query('from') from: unknown, @Query('to') to: unknown, @Res() res: Response) {
    const [start, end] = reportPeriod(from, to);
    attachment(res, 'text/csv; charset=utf-8', `repairs-${String(from)}-${String(to)}.csv`, await this.figures.csv(start, end));
  }

  /** The monthly report as a workbook or a PDF, titled in `lang` (zh, en). */
  @Get('figures.xlsx')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresXlsx(@Query('from') from: unknown, @Query('to') to: unknown, @Query('lang') lang: unknown, @Res() res: Response) {
    const [start, end] = reportPeriod(from, to);
    await sendReport(res, 'xlsx', lang, () => this.figures.report(start, end), this.font);
  }

  @Get('figures.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresPdf(@Query('from') from: unknown, @Query('to') to: unknown, @Query('lang') lang: unknown, @Res() res: Response) {
    const [start, end] = reportPeriod(from, to);
    await sendReport(res, 'pdf', lang, () => this.figures.report(start, end), this.font);
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.repairs.get(id);
  }

  /** REP-8: the order in three copies (resident, engineering, customer service), one PDF. */
  @Get(':id/order.pdf')
  async orderPdf(@Param('id', idPipe) id: number, @Res() res: Response) {
    const order = await this.repairs.orderForPdf(id);
    const category = categoryOf(await this.repairs.policy(), order.category);
    attachment(res, 'application/pdf', `${order.serial}.pdf`, await renderRepairOrder(this.font, order, category));
  }

  /** REP-1: takes a repair order; its process starts at once. */
  @Post()
  take(@Body() dto: CreateRepairDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.repairs.take(dto, staff);
  }

  /** REP-3: voids an order nobody has gone out on; it keeps its number and the reason. */
  @Post(':id/void')
  void(@Param('id', idPipe) id: number, @Body() dto: VoidRepairDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.repairs.void(id, dto.reason, staff);
  }

  /** REP-3: nothing is deleted. */
  @Delete(':id')
  async remove(@Param('id', idPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<never> {
    await this.repairs.get(id);
    throw methodNotAllowed(res, ['GET', 'HEAD'], 'A repair order is never deleted (REP-3): void it with a reason (POST /repairs/:id/void); it keeps its serial number.');
  }
}
