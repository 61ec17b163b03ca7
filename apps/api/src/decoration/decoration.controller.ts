import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { loadConfig } from '../../../common/config';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { reportPeriod } from '../common/figures/report';
import { sendReport } from '../common/figures/send';
import { type ListParams } from '../common/list-query';
import { FileTooLargeFilter } from '../common/uploads';
import { ApplyDecorationDto, AuthorityApprovalDto, ReasonDto, ViolationDto } from './decoration.dto';
import { DecorationService } from './decoration.service';
import { DecorationFiguresService } from './figures';
import { decorationReport } from './figures-report';
import { renderPermit } from './permit-pdf';

const maxBytes = () => loadConfig().DOCUMENT_MAX_BYTES;

@ApiTags('decorations')
@ApiBearerAuth()
@Controller()
@UseFilters(new FileTooLargeFilter(maxBytes))
export class DecorationController {
  constructor(
    private readonly decorations: DecorationService,
    private readonly figures: DecorationFiguresService,
    private readonly config: AppConfigService,
  ) {}

  private get font() {
    return { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
  }

  /** Filter by status, householdId, buildingId, caseId, q. */
  @Get('decorations')
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'decorations', await this.decorations.list(params));
  }

  /** DEC-2: the working hours and prohibitions read to the applicant and the contractor, the fee and the deposit. */
  @Get('decorations/rules')
  async rules() {
    const { version, data } = await this.decorations.policy();
    return { version, workingHours: data.workingHours, prohibitions: data.prohibitions, garbageFee: data.garbageFee, deposit: data.deposit, approveWithin: data.approveWithin };
  }

  /** DEC-7: the figures of a period. */
  @Get('decorations/figures')
  @ApiQuery({ name: 'from', example: '2026-11-01' })
  @ApiQuery({ name: 'to', example: '2026-12-01' })
  getFigures(@Query('from') from: unknown, @Query('to') to: unknown) {
    return this.figures.figures(...reportPeriod(from, to));
  }

  /** The figures as a workbook or a PDF, titled in `lang` (zh, en). */
  @Get('decorations/figures.xlsx')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresXlsx(@Query('from') from: unknown, @Query('to') to: unknown, @Query('lang') lang: unknown, @Res() res: Response) {
    const [start, end] = reportPeriod(from, to);
    await sendReport(res, 'xlsx', lang, async () => decorationReport(await this.figures.figures(start, end), start, end), this.font);
  }

  @Get('decorations/figures.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async figuresPdf(@Query('from') from: unknown, @Query('to') to: unknown, @Query('lang') lang: unknown, @Res() res: Response) {
    const [start, end] = reportPeriod(from, to);
    await sendReport(res, 'pdf', lang, async () => decorationReport(await this.figures.figures(start, end), start, end), this.font);
  }

  @Get('decorations/:id')
  get(@Param('id', idPipe) id: number) {
    return this.decorations.get(id);
  }

  /** DEC-3: the permit and the workers' cards, one PDF. */
  @Get('decorations/:id/permit.pdf')
  async permit(@Param('id', idPipe) id: number, @Res() res: Response) {
    const d = await this.decorations.forPdf(id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${d.permitNumber}.pdf"`);
    res.send(await renderPermit(this.font, d));
  }

  /** DEC-1, DEC-2: the application at the desk; its documents are checked on its checklist. */
  @Post('decorations')
  apply(@Body() dto: ApplyDecorationDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.decorations.apply(dto, staff);
  }

  /** DEC-1, DEC-6: files the application once its documents are checked; the process starts. */
  @Post('decorations/:id/file')
  @HttpCode(200)
  file(@Param('id', idPipe) id: number, @CurrentStaff() staff: StaffPrincipal) {
    return this.decorations.file(id, staff);
  }

  /** DEC-2: the housing authority's approval: multipart `file`, or a `documentId` on the household's file. */
  @Post('decorations/:id/authority-approval')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, documentId: { type: 'integer' }, requestId: { type: 'string' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: maxBytes(), files: 1 } }))
  authority(@Param('id', idPipe) id: number, @Body() dto: AuthorityApprovalDto, @UploadedFile() file: Express.Multer.File | undefined, @CurrentStaff() staff: StaffPrincipal) {
    return this.decorations.authorityApproval(id, dto, file, staff);
  }

  /** DEC-5: a violation (notes, photos attached to the case) stops the works. */
  @Post('decorations/:id/violations')
  @HttpCode(200)
  violation(@Param('id', idPipe) id: number, @Body() dto: ViolationDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.decorations.violation(id, dto, staff);
  }

  /** DEC-5: a supervisor lifts the stop, with a reason. */
  @Post('decorations/:id/lift-stop')
  @HttpCode(200)
  lift(@Param('id', idPipe) id: number, @Body() dto: ReasonDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.decorations.lift(id, dto.reason, staff);
  }

  /** DEC-5: the works are finished; the acceptance inspection follows. */
  @Post('decorations/:id/finish')
  @HttpCode(200)
  finish(@Param('id', idPipe) id: number, @CurrentStaff() staff: StaffPrincipal) {
    return this.decorations.finish(id, staff);
  }

  /** DEC-3: a worker's full identity number (confidential, recorded). */
  @Get('decoration-workers/:id/identity')
  identity(@Param('id', idPipe) id: number) {
    return this.decorations.workerIdentity(id);
  }
}
