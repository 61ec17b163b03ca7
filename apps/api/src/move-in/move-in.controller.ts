import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest } from '../common/errors';
import { sendReport } from '../common/figures/send';
import { isInt4, type ListParams } from '../common/list-query';
import { MoveInFiguresService } from './figures';
import { moveInReport } from './figures-report';
import { IssueDto, OpenMoveInDto, RegistrationDto } from './move-in.dto';
import { MoveInService } from './move-in.service';

/** An optional id in the query string: absent, or a whole number (else 400 naming it). */
function optionalId(value: unknown, field: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!isInt4(n) || n < 1) throw badRequest(field, 'must be a whole number of 1 or more');
  return n;
}

/** Move-in (MOV-1..MOV-6, MOV-8): the cases, their steps at the desk, the board, the defects and the key register. */
@ApiTags('move-in')
@ApiBearerAuth()
@Controller()
export class MoveInController {
  constructor(
    private readonly moveIns: MoveInService,
    private readonly figures: MoveInFiguresService,
    private readonly config: AppConfigService,
  ) {}

  private get font() {
    return { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
  }

  /** Filter by stage (BOOKED, IN_PROGRESS, WAITING_FOR_DEFECTS, DONE), buildingId, householdId, q. */
  @Get('move-ins')
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'move-ins', await this.moveIns.list(params));
  }

  /** Per building: booked, in progress, waiting for defects, done. */
  @Get('move-ins/board')
  @ApiQuery({ name: 'estateId', required: false })
  board(@Query('estateId') estateId: unknown) {
    return this.figures.board(optionalId(estateId, 'estateId'));
  }

  /** Defects found at move-in by category, with the average days to the owner's sign-off. */
  @Get('move-ins/defects')
  @ApiQuery({ name: 'buildingId', required: false })
  defects(@Query('buildingId') buildingId: unknown) {
    return this.figures.defects(optionalId(buildingId, 'buildingId'));
  }

  /** The board and the defects as a workbook or a PDF, titled in `lang` (zh, en). */
  @Get('move-ins/figures.xlsx')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresXlsx(@Query('lang') lang: unknown, @Res() res: Response) {
    await sendReport(res, 'xlsx', lang, async () => moveInReport(await this.figures.board(), await this.figures.defects()), this.font);
  }

  @Get('move-ins/figures.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresPdf(@Query('lang') lang: unknown, @Res() res: Response) {
    await sendReport(res, 'pdf', lang, async () => moveInReport(await this.figures.board(), await this.figures.defects()), this.font);
  }

  /** MOV-3: every key handed over at move-in. */
  @Get('move-in-keys')
  @ApiQuery({ name: 'householdId', required: false })
  keys(@Query('householdId') householdId: unknown) {
    return this.figures.keys(optionalId(householdId, 'householdId'));
  }

  @Get('move-ins/:id')
  get(@Param('id', idPipe) id: number) {
    return this.moveIns.get(id);
  }

  @Post('move-ins')
  open(@Body() dto: OpenMoveInDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.moveIns.open(dto, staff);
  }

  /** MOV-2: the registration form and the agreements signed. */
  @Post('move-ins/:id/registration')
  @HttpCode(200)
  register(@Param('id', idPipe) id: number, @Body() dto: RegistrationDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.moveIns.register(id, dto, staff);
  }

  /** MOV-3: keys, handbook and diagrams handed over with the resident's receipt. */
  @Post('move-ins/:id/issue')
  @HttpCode(200)
  issue(@Param('id', idPipe) id: number, @Body() dto: IssueDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.moveIns.issue(id, dto, staff);
  }
}
