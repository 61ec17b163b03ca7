import { Body, Controller, Delete, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import type { ListParams } from '../common/list-query';
import { methodNotAllowed } from '../common/method-not-allowed';
import { ContactFormsService } from './contact-forms.service';
import { renderContactForm, type ContactFormForPdf } from './printouts';
import { CreateContactFormDto } from './reception.dto';

/** REC-5: work contact forms (工作联系单) to other departments. */
@ApiTags('reception')
@ApiBearerAuth()
@Controller('contact-forms')
export class ContactFormsController {
  constructor(
    private readonly forms: ContactFormsService,
    private readonly config: AppConfigService,
  ) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'contact-forms', await this.forms.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.forms.get(id);
  }

  /** The printable form, with its acknowledgement and reply once recorded. */
  @Get(':id/form.pdf')
  async pdf(@Param('id', idPipe) id: number, @Res() res: Response) {
    const form = (await this.forms.get(id)) as ContactFormForPdf;
    const pdf = await renderContactForm({ path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY }, form);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${form.number}.pdf"`);
    res.send(pdf);
  }

  /** REC-5: sends a form; the receiving department acknowledges it and replies by the deadlines. */
  @Post()
  send(@Body() dto: CreateContactFormDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.forms.send(dto, staff);
  }

  /** A form sent is part of the record. */
  @Delete(':id')
  async remove(@Param('id', idPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<never> {
    await this.forms.get(id);
    throw methodNotAllowed(res, ['GET', 'HEAD'], 'A work contact form is never deleted: it is part of the record; its case can be closed with a reason.');
  }
}
