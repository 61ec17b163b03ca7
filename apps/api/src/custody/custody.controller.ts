import { Body, Controller, Delete, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { sendReport } from '../common/figures/send';
import { type ListParams } from '../common/list-query';
import { methodNotAllowed } from '../common/method-not-allowed';
import { CustodyFiguresService } from './custody-figures';
import { custodyReport } from './figures-report';
import { CreateCustodyDto, CustodyReadingDto, RainWarningDto } from './custody.dto';
import { CustodyService } from './custody.service';
import { RainWarningsService } from './rain.service';

@ApiTags('custody')
@ApiBearerAuth()
@Controller('custody')
export class CustodyController {
  constructor(
    private readonly custody: CustodyService,
    private readonly figuresService: CustodyFiguresService,
    private readonly config: AppConfigService,
  ) {}

  private get font() {
    return { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
  }

  /** MOV-7: the custodies, in force and ended: filter by status, buildingId, householdId, unitId, q. */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'custody', await this.custody.list(params));
  }

  /** MOV-7: the units in custody with their alerts and patrols. */
  @Get('figures')
  figures() {
    return this.figuresService.figures();
  }

  /** The figures as a workbook or a PDF, titled in `lang` (zh, en). */
  @Get('figures.xlsx')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresXlsx(@Query('lang') lang: unknown, @Res() res: Response) {
    await sendReport(res, 'xlsx', lang, async () => custodyReport(await this.figuresService.figures()), this.font);
  }

  @Get('figures.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresPdf(@Query('lang') lang: unknown, @Res() res: Response) {
    await sendReport(res, 'pdf', lang, async () => custodyReport(await this.figuresService.figures()), this.font);
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.custody.get(id);
  }

  /** MOV-7: the custody agreement with the opening meter readings. */
  @Post()
  start(@Body() dto: CreateCustodyDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.custody.start(dto, staff);
  }

  /** MOV-7: a meter reading during custody. */
  @Post(':id/readings')
  reading(@Param('id', idPipe) id: number, @Body() dto: CustodyReadingDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.custody.recordReading(id, dto, staff);
  }

  /** MOV-7: the owner asks to end the custody, with the closing meter readings. */
  @Post(':id/end')
  end(@Param('id', idPipe) id: number, @Body() dto: CustodyReadingDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.custody.end(id, dto, staff);
  }

  /** A custody is a record the owner may ask about: it ends, it is never deleted. */
  @Delete(':id')
  async remove(@Param('id', idPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<never> {
    await this.custody.get(id);
    throw methodNotAllowed(res, ['GET', 'HEAD'], 'A custody is never deleted: end it at the owner\'s request (POST /custody/:id/end) with the closing readings.');
  }
}

@ApiTags('custody')
@ApiBearerAuth()
@Controller('rain-warnings')
export class RainWarningsController {
  constructor(private readonly rain: RainWarningsService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'rain-warnings', await this.rain.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.rain.get(id);
  }

  /** MOV-7: a heavy-rain warning: every unit in custody is patrolled before the rain and once after it. */
  @Post()
  warn(@Body() dto: RainWarningDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.rain.warn(dto, staff);
  }

  /** The rain is over: the patrols after it go out now. */
  @Post(':id/over')
  over(@Param('id', idPipe) id: number) {
    return this.rain.over(id);
  }
}
