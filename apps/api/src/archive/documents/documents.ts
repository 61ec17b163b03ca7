import {
  Body,
  Controller,
  Delete,
  Get,
  Injectable,
  Param,
  Post,
  Query,
  Res,
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
import { notFound } from '../../common/errors';
import { columns, enumEq, intEq, type ListParams, type ListSpec } from '../../common/list-query';
import { createOnce, RequestIdField } from '../../common/request-id';
import { acceptUpload, FileTooLargeFilter, sendFile } from '../../common/uploads';
import { WithdrawDto } from '../../common/withdrawal';
import { PrismaService } from '../../database/prisma.service';
import { withWithdrawers } from '../household-part';

export { detectMimeType, isWellFormedPdf } from '../../common/uploads';

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
    const accepted = acceptUpload(file);
    await assertReference(this.prisma.household, 'householdId', meta.householdId, 'household');
    // The same upload sent again (a double press, a retry after a lost answer) is stored once.
    const { record } = await createOnce(
      meta.requestId,
      (requestId) => this.prisma.document.findUnique({ where: { requestId }, select: metadata }),
      () =>
        this.prisma.document.create({
          data: {
            ...meta,
            ...accepted,
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
    return sendFile(res, doc);
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
