import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { loadConfig } from '../../../common/config';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AttachmentDto } from '../cases/attachments';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { type ListParams } from '../common/list-query';
import { FileTooLargeFilter } from '../common/uploads';
import { PrismaService } from '../database/prisma.service';
import { ConfirmInspectionDto, DefectRepairsDto, OpenInspectionDto, RecordItemDto, RecordMetersDto, SignOffDto } from './inspections.dto';
import { InspectionsService } from './inspections.service';
import { inspectionReportPdf } from './report';

const maxBytes = () => loadConfig().DOCUMENT_MAX_BYTES;

/** Inspections (core): from a template, item by item, meters, both parties' confirmation, defects to repairs. */
@ApiTags('inspections')
@ApiBearerAuth()
@Controller()
@UseFilters(new FileTooLargeFilter(maxBytes))
export class InspectionsController {
  constructor(
    private readonly inspections: InspectionsService,
    private readonly prisma: PrismaService,
    private readonly config: AppConfigService,
  ) {}

  @Get('inspection-templates')
  templates() {
    return this.inspections.templates();
  }

  /** Filter by caseId, householdId, status (OPEN, CONFIRMED), template. */
  @Get('inspections')
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'inspections', await this.inspections.list(params));
  }

  @Get('inspections/:id')
  get(@Param('id', idPipe) id: number) {
    return this.inspections.get(id);
  }

  @Post('inspections')
  open(@Body() dto: OpenInspectionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.inspections.open({ ...dto, createdById: staff.id });
  }

  @Put('inspections/:id/items/:itemId')
  recordItem(@Param('id', idPipe) id: number, @Param('itemId', idPipe) itemId: number, @Body() dto: RecordItemDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.inspections.recordItem(id, itemId, dto, staff);
  }

  @Post('inspections/:id/items/:itemId/photos')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'A photo (PNG, JPEG)' }, note: { type: 'string' }, requestId: { type: 'string' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: maxBytes(), files: 1 } }))
  addPhoto(@Param('id', idPipe) id: number, @Param('itemId', idPipe) itemId: number, @Body() dto: AttachmentDto, @UploadedFile() file: Express.Multer.File | undefined, @CurrentStaff() staff: StaffPrincipal) {
    return this.inspections.addPhoto(id, itemId, file, dto.note, dto.requestId, staff);
  }

  @Put('inspections/:id/meters')
  recordMeters(@Param('id', idPipe) id: number, @Body() dto: RecordMetersDto) {
    return this.inspections.recordMeters(id, { ...dto.readings });
  }

  @Post('inspections/:id/confirm')
  @HttpCode(200)
  confirm(@Param('id', idPipe) id: number, @Body() dto: ConfirmInspectionDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.inspections.confirm(id, dto, staff);
  }

  @Get('inspections/:id/defects')
  defects(@Param('id', idPipe) id: number) {
    return this.inspections.defects(id);
  }

  /** Each defect without an order becomes a free repair order through the repair process. */
  @Post('inspections/:id/repairs')
  @HttpCode(200)
  openRepairs(@Param('id', idPipe) id: number, @Body() dto: DefectRepairsDto, @CurrentStaff() staff: StaffPrincipal) {
    const window = dto.from && dto.to ? { from: dto.from, to: dto.to } : undefined;
    return this.inspections.openRepairs(id, { reporterName: dto.reporterName, phone: dto.phone, window }, staff);
  }

  @Post('inspections/:id/items/:itemId/sign-off')
  @HttpCode(200)
  signOff(@Param('id', idPipe) id: number, @Param('itemId', idPipe) itemId: number, @Body() dto: SignOffDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.inspections.signOff(id, itemId, dto, staff);
  }

  /** The printable report (PDF, Chinese and English) with both parties' confirmations. */
  @Get('inspections/:id/report.pdf')
  async report(@Param('id', idPipe) id: number, @Res() res: Response) {
    await this.inspections.get(id);
    const font = { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
    const pdf = await inspectionReportPdf(this.prisma, font, id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="inspection-${id}.pdf"`);
    res.send(pdf);
  }
}
