import { Body, Controller, Get, Injectable, Param, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Prisma } from '../../../../prisma/client';
import { loadConfig } from '../../../common/config';
import { appendTimeline } from '../../../../workflows/core/activities/timeline';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { idPipe } from '../common/crud';
import { notFound } from '../common/errors';
import { createOnce, RequestIdField } from '../common/request-id';
import { acceptUpload, FileTooLargeFilter, sendFile } from '../common/uploads';
import { PrismaService } from '../database/prisma.service';

export class AttachmentDto {
  @ApiPropertyOptional({ example: '卫生间天花板渗水处' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @RequestIdField()
  requestId?: string;
}

const metadata = {
  id: true,
  caseId: true,
  note: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  createdAt: true,
  uploadedBy: { select: { id: true, displayName: true } },
} satisfies Prisma.CaseAttachmentSelect;

/**
 * Photos and scans kept on a case of any process: the leak a resident reported at a repair's intake, the
 * work done, a letter received. Kept in the database like the household file's documents; never deleted.
 */
@Injectable()
export class AttachmentsService {
  constructor(private readonly prisma: PrismaService) {}

  private async caseExists(caseId: number) {
    if (!(await this.prisma.case.findUnique({ where: { id: caseId }, select: { id: true } }))) throw notFound('case', caseId);
  }

  async list(caseId: number) {
    await this.caseExists(caseId);
    return this.prisma.caseAttachment.findMany({ where: { caseId }, orderBy: { id: 'asc' }, select: metadata });
  }

  async add(caseId: number, dto: AttachmentDto, file: Express.Multer.File | undefined, staffId: number) {
    await this.caseExists(caseId);
    const accepted = acceptUpload(file);
    const { record } = await createOnce(
      dto.requestId,
      (requestId) => this.prisma.caseAttachment.findUnique({ where: { requestId }, select: metadata }),
      () =>
        this.prisma.$transaction(async (tx) => {
          const added = await tx.caseAttachment.create({ data: { caseId, note: dto.note?.trim() || null, requestId: dto.requestId, uploadedById: staffId, ...accepted }, select: metadata });
          // In the case's timeline too, with the notes: what was added, when, by whom.
          await appendTimeline(tx, {
            caseId,
            key: `attachment:${added.id}`,
            type: 'ATTACHMENT_ADDED',
            actorId: staffId,
            at: added.createdAt,
            data: { attachmentId: added.id, fileName: added.fileName, mimeType: added.mimeType, note: added.note },
          });
          return added;
        }),
    );
    return record;
  }

  async content(caseId: number, id: number) {
    const found = await this.prisma.caseAttachment.findFirst({ where: { id, caseId }, select: { ...metadata, content: true } });
    if (!found) throw notFound('attachment', id);
    return found;
  }
}

const maxBytes = () => loadConfig().DOCUMENT_MAX_BYTES;

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/attachments')
@UseFilters(new FileTooLargeFilter(maxBytes))
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  list(@Param('id', idPipe) caseId: number) {
    return this.attachments.list(caseId);
  }

  @Get(':attachmentId')
  async content(@Param('id', idPipe) caseId: number, @Param('attachmentId', idPipe) id: number, @Res({ passthrough: true }) res: Response) {
    return sendFile(res, await this.attachments.content(caseId, id));
  }

  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'A photo (PNG, JPEG) or a scan (PDF)' },
        note: { type: 'string' },
        requestId: { type: 'string', description: 'The same requestId again answers with the attachment it stored' },
      },
    },
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: maxBytes(), files: 1 } }))
  add(@Param('id', idPipe) caseId: number, @Body() dto: AttachmentDto, @UploadedFile() file: Express.Multer.File | undefined, @CurrentStaff() staff: StaffPrincipal) {
    return this.attachments.add(caseId, dto, file, staff.id);
  }
}
