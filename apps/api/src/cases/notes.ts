import { Body, Controller, Get, HttpException, Injectable, Param, Post, UploadedFiles, UseFilters, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Prisma } from '../../../../prisma/client';
import { loadConfig } from '../../../common/config';
import { appendTimeline } from '../../../../workflows/core/activities/timeline';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { idPipe } from '../common/crud';
import { badRequest, notFound } from '../common/errors';
import { createOnce, RequestIdField } from '../common/request-id';
import { acceptUpload, FileTooLargeFilter, type AcceptedFile } from '../common/uploads';
import { PrismaService } from '../database/prisma.service';

/** The most files one note carries (photos of a leak from several sides, a scan). */
export const NOTE_MAX_FILES = 5;
/** Multer stops reading beyond this many (a 400 of its own); up to it, the count is refused naming `files`. */
const MULTER_MAX_FILES = 20;
export const NOTE_MAX_LENGTH = 2000;

export class NoteDto {
  @ApiPropertyOptional({ example: '住户来电：周六上午在家，可以上门查看。', description: 'The note (required unless files are attached)' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  text?: string;

  @RequestIdField()
  requestId?: string;
}

const attachmentFields = { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true } satisfies Prisma.CaseAttachmentSelect;

const noteFields = {
  id: true,
  caseId: true,
  text: true,
  createdAt: true,
  author: { select: { id: true, displayName: true } },
  attachments: { select: attachmentFields, orderBy: { id: 'asc' } },
} satisfies Prisma.CaseNoteSelect;

/**
 * Internal notes on a case of any process (what the resident said on the phone, what was found on site), with
 * the photos and scans taken with them: staff only, never sent to anyone, kept with author and time, never
 * edited or deleted. Each note is also an entry of the case's timeline. Files pass the household documents'
 * checks (common/uploads.ts). A `requestId` makes a double submit one note.
 */
@Injectable()
export class NotesService {
  constructor(private readonly prisma: PrismaService) {}

  private async caseExists(caseId: number) {
    if (!(await this.prisma.case.findUnique({ where: { id: caseId }, select: { id: true } }))) throw notFound('case', caseId);
  }

  async list(caseId: number) {
    await this.caseExists(caseId);
    return this.prisma.caseNote.findMany({ where: { caseId }, orderBy: { id: 'desc' }, select: noteFields });
  }

  async add(caseId: number, dto: NoteDto, files: Express.Multer.File[] = [], authorId: number) {
    const text = dto.text?.trim() ?? '';
    if (!text && !files.length) throw badRequest('text', 'write a note or attach a file');
    if (files.length > NOTE_MAX_FILES) throw badRequest('files', `at most ${NOTE_MAX_FILES} files with one note`);
    const accepted = files.map((file, i) => named(i, () => acceptUpload(file)));
    await this.caseExists(caseId);
    const { record } = await createOnce(
      dto.requestId,
      (requestId) => this.prisma.caseNote.findUnique({ where: { requestId }, select: noteFields }),
      () => this.prisma.$transaction((tx) => this.write(tx, { caseId, text, authorId, requestId: dto.requestId, accepted })),
    );
    return record;
  }

  private async write(tx: Prisma.TransactionClient, note: { caseId: number; text: string; authorId: number; requestId?: string; accepted: AcceptedFile[] }) {
    const { caseId, authorId } = note;
    const created = await tx.caseNote.create({ data: { caseId, text: note.text, authorId, requestId: note.requestId } });
    for (const file of note.accepted) await tx.caseAttachment.create({ data: { caseId, noteId: created.id, uploadedById: authorId, ...file } });
    const saved = await tx.caseNote.findUniqueOrThrow({ where: { id: created.id }, select: noteFields });
    await appendTimeline(tx, {
      caseId,
      key: `note:${created.id}`,
      type: 'NOTE_ADDED',
      actorId: authorId,
      at: created.createdAt,
      data: { noteId: created.id, text: note.text, attachments: saved.attachments.map(({ id, fileName, mimeType }) => ({ id, fileName, mimeType })) },
    });
    return saved;
  }
}

/** A refused file among several is named by its place: `files[1]: only PDF, PNG and JPEG files are accepted`. */
function named<T>(index: number, check: () => T): T {
  try {
    return check();
  } catch (error) {
    const body = error instanceof HttpException ? (error.getResponse() as { errors?: { field: string; message: string }[] }) : undefined;
    const errors = body?.errors;
    if (errors?.length === 1 && errors[0].field === 'file') throw badRequest(`files[${index}]`, errors[0].message);
    throw error;
  }
}

const maxBytes = () => loadConfig().DOCUMENT_MAX_BYTES;

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/notes')
@UseFilters(new FileTooLargeFilter(maxBytes))
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  /** The case's notes, newest first, each with its author and the files added with it. */
  @Get()
  list(@Param('id', idPipe) caseId: number) {
    return this.notes.list(caseId);
  }

  /** A note, with up to five photos (from a phone's camera) or scans; JSON without files, multipart with them. */
  @Post()
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        text: { type: 'string', maxLength: NOTE_MAX_LENGTH },
        files: { type: 'array', items: { type: 'string', format: 'binary' }, description: 'Photos (PNG, JPEG) or scans (PDF), at most 5' },
        requestId: { type: 'string', description: 'The same requestId again answers with the note it stored' },
      },
    },
  })
  @UseInterceptors(FilesInterceptor('files', MULTER_MAX_FILES, { limits: { fileSize: maxBytes(), files: MULTER_MAX_FILES } }))
  add(@Param('id', idPipe) caseId: number, @Body() dto: NoteDto, @UploadedFiles() files: Express.Multer.File[] | undefined, @CurrentStaff() staff: StaffPrincipal) {
    return this.notes.add(caseId, dto, files ?? [], staff.id);
  }
}
