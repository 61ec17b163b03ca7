import { createHash } from 'node:crypto';
import {
  ArgumentsHost,
  Body,
  Catch,
  Controller,
  Delete,
  ExceptionFilter,
  Get,
  Injectable,
  Param,
  PayloadTooLargeException,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsString, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { DocumentKind } from '../../../../../prisma/client';
import { CurrentStaff, type StaffPrincipal } from '../../auth/current-staff.decorator';
import { loadConfig } from '../../../../common/config';
import { assertReference, CrudService, idPipe, listQuery, sendPage, withdrawPipe } from '../../common/crud';
import { badRequest, notFound } from '../../common/errors';
import { columns, enumEq, intEq, type ListParams, type ListSpec } from '../../common/list-query';
import { createOnce, RequestIdField } from '../../common/request-id';
import { WithdrawDto } from '../../common/withdrawal';
import { PrismaService } from '../../database/prisma.service';
import { withWithdrawers } from '../household-part';

/** The file types the archive keeps, recognised by their first bytes, not by what the client claims. */
const SIGNATURES: { mimeType: string; bytes: number[] }[] = [
  { mimeType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function detectMimeType(content: Buffer): string | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.mimeType;
}

/** Markup a browser would run if it ever rendered the file as a page. */
const MARKUP = /<\s*(?:!doctype|html|head|body|script|iframe|object|embed|svg|meta|form|img)[\s>/]/i;

/**
 * Whether a file that starts like a PDF is one: a version header, at least one object, and at its end
 * `startxref <offset> %%EOF` with the offset pointing at a cross-reference table or stream. A file that
 * starts `%PDF-` and continues as anything else (HTML, a script) is refused, as is one holding page markup.
 */
export function isWellFormedPdf(content: Buffer): boolean {
  if (!/^%PDF-[12]\.\d[\r\n\s%]/.test(content.subarray(0, 16).toString('latin1'))) return false;
  const tail = content.subarray(Math.max(0, content.length - 1024)).toString('latin1');
  const end = /startxref\s+(\d+)\s+%%EOF[\s\0]*$/.exec(tail);
  if (!end) return false;
  const offset = Number(end[1]);
  if (!Number.isSafeInteger(offset) || offset < 9 || offset >= content.length) return false;
  if (!/^\s*(?:xref\s|\d+\s+\d+\s+obj\b)/.test(content.subarray(offset, offset + 32).toString('latin1'))) return false;
  const text = content.toString('latin1');
  return /\d+\s+\d+\s+obj\b/.test(text) && !MARKUP.test(text);
}

export class UploadDocumentDto {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  householdId: number;

  @ApiProperty({ enum: DocumentKind })
  @IsEnum(DocumentKind)
  kind: DocumentKind;

  @ApiProperty({ example: 'Owner ID card copy' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @RequestIdField()
  requestId?: string;
}

/** Metadata only: the file itself is fetched from /documents/:id/content. */
const metadata = {
  id: true,
  householdId: true,
  kind: true,
  title: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  uploadedById: true,
  createdAt: true,
  withdrawnAt: true,
  withdrawnById: true,
  withdrawalReason: true,
};

@Injectable()
export class DocumentsService extends CrudService {
  protected readonly label = 'document';
  protected override readonly select = metadata;
  protected override readonly withdrawable = true;
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'title', 'kind', 'createdAt', 'sizeBytes', 'withdrawnAt'),
    defaultSort: ['createdAt', 'desc'],
    filters: { householdId: intEq('householdId'), kind: enumEq('kind', Object.values(DocumentKind)) },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.document;
  }

  protected override presentMany<T>(rows: T[]): Promise<T[]> {
    return withWithdrawers(this.prisma, rows);
  }

  async upload(meta: UploadDocumentDto, file: Express.Multer.File | undefined, staffId: number) {
    if (!file) throw badRequest('file', 'a file is required');
    if (file.size === 0) throw badRequest('file', 'the file is empty');
    const mimeType = detectMimeType(file.buffer);
    if (!mimeType) throw badRequest('file', 'only PDF, PNG and JPEG files are accepted');
    if (mimeType === 'application/pdf' && !isWellFormedPdf(file.buffer)) {
      throw badRequest('file', 'the file starts like a PDF but is not a well-formed PDF');
    }
    await assertReference(this.prisma.household, 'householdId', meta.householdId, 'household');
    // The same upload sent again (a double press, a retry after a lost answer) is stored once.
    const { record } = await createOnce(
      meta.requestId,
      (requestId) => this.prisma.document.findUnique({ where: { requestId }, select: metadata }),
      () =>
        this.prisma.document.create({
          data: {
            ...meta,
            fileName: Buffer.from(file.originalname, 'latin1').toString('utf8'),
            mimeType,
            sizeBytes: file.size,
            sha256: createHash('sha256').update(file.buffer).digest('hex'),
            content: new Uint8Array(file.buffer),
            uploadedById: staffId,
          },
          select: metadata,
        }),
    );
    return (await this.presentMany([record]))[0];
  }

  async content(id: number) {
    const doc = await this.prisma.document.findUnique({ where: { id }, select: { ...metadata, content: true } });
    if (!doc) throw notFound('document', id);
    return doc;
  }
}

@Catch(PayloadTooLargeException)
class FileTooLargeFilter implements ExceptionFilter {
  constructor(private readonly maxBytes: () => number) {}

  catch(_: PayloadTooLargeException, host: ArgumentsHost) {
    const mb = Math.round((this.maxBytes() / 1024 / 1024) * 10) / 10;
    const message = `the file is larger than the ${mb} MB limit`;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({ statusCode: 413, error: 'Payload Too Large', message: `file: ${message}`, errors: [{ field: 'file', message }] });
  }
}

const maxBytes = () => loadConfig().DOCUMENT_MAX_BYTES;

/** Documents of a household's file (ID copies, notices, agreements, permits): ARC-1. */
@ApiTags('archive')
@ApiBearerAuth()
@Controller('documents')
@UseFilters(new FileTooLargeFilter(maxBytes))
export class DocumentsController {
  constructor(private readonly service: DocumentsService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'documents', await this.service.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.service.get(id);
  }

  @Get(':id/content')
  async content(@Param('id', idPipe) id: number, @Res({ passthrough: true }) res: Response) {
    const doc = await this.service.content(id);
    // Always a download, never rendered by the browser as a page of this origin; its type is not to be guessed.
    res.setHeader('Content-Type', doc.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(Buffer.from(doc.content));
  }

  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['householdId', 'kind', 'title', 'file'],
      properties: {
        householdId: { type: 'integer' },
        kind: { type: 'string', enum: Object.values(DocumentKind) },
        title: { type: 'string' },
        file: { type: 'string', format: 'binary' },
        requestId: { type: 'string', description: 'The same requestId again answers with the document it stored' },
      },
    },
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: maxBytes(), files: 1 } }))
  upload(
    @Body() meta: UploadDocumentDto,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentStaff() staff: StaffPrincipal,
  ) {
    return this.service.upload(meta, file, staff.id);
  }

  /** Withdraws the document with `{ reason }`: it stays readable, downloadable and in its history (ARC-1). */
  @Delete(':id')
  @ApiBody({ type: WithdrawDto })
  remove(@Param('id', idPipe) id: number, @Body(withdrawPipe) body: { reason: string }, @CurrentStaff() staff: StaffPrincipal) {
    return this.service.withdraw(id, body.reason, staff.id);
  }
}
