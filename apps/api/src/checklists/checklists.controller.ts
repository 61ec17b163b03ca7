import { Body, Controller, Get, HttpCode, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { idPipe } from '../common/crud';
import { badRequest } from '../common/errors';
import { loadConfig } from '../../../common/config';
import { CheckItemDto } from './checklists.dto';
import { ChecklistsService } from './checklists.service';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** Document checklists (core): what each applicant brings, and each item checked with its scan on file. */
@ApiTags('checklists')
@ApiBearerAuth()
@Controller('checklists')
export class ChecklistsController {
  constructor(private readonly checklists: ChecklistsService) {}

  /** The documents a kind of applicant brings for a purpose (release-pass, move-in, decoration). */
  @Get('requirements')
  @ApiQuery({ name: 'purpose', example: 'release-pass' })
  @ApiQuery({ name: 'applicantKind', example: 'TENANT' })
  requirements(@Query('purpose') purpose: unknown, @Query('applicantKind') applicantKind: unknown) {
    if (typeof purpose !== 'string' || !/^[a-z][a-z0-9-]{1,39}$/.test(purpose)) throw badRequest('purpose', 'must be a purpose such as release-pass');
    if (typeof applicantKind !== 'string') throw badRequest('applicantKind', 'is required');
    return this.checklists.requirements(purpose, applicantKind);
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.checklists.get(id);
  }

  /** Checks an item: multipart with the scan as `file`, or a `documentId` already on the household's file. */
  @Post(':id/items/:code/check')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', format: 'binary', description: 'The scan (PDF, PNG or JPEG)' },
        documentId: { type: 'integer', description: "Instead of a scan: a document already on the household's file" },
        note: { type: 'string' },
        requestId: { type: 'string', description: 'The same requestId again answers with the document it stored' },
      },
    },
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: loadConfig().DOCUMENT_MAX_BYTES, files: 1 } }))
  check(@Param('id', idPipe) id: number, @Param('code') code: string, @Body() dto: CheckItemDto, @UploadedFile() file: Express.Multer.File | undefined, @CurrentStaff() staff: StaffPrincipal) {
    if (!CODE.test(code)) throw badRequest('code', 'must be an item code such as OWNER_ID');
    return this.checklists.checkItem(id, code, dto, file, staff);
  }
}
