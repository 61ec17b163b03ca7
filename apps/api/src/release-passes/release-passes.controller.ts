import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { AppConfigService } from '../common/app-config.service';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { type ListParams } from '../common/list-query';
import { renderReleasePass } from './pass-pdf';
import { ApplyReleasePassDto, RevokeReleasePassDto } from './release-passes.dto';
import { ReleasePassesService } from './release-passes.service';

/** REC-3: the reception's register of item release passes. */
@ApiTags('release-passes')
@ApiBearerAuth()
@Controller('release-passes')
export class ReleasePassesController {
  constructor(
    private readonly passes: ReleasePassesService,
    private readonly config: AppConfigService,
  ) {}

  /** Filter by status (APPLIED, ISSUED, USED, EXPIRED, REVOKED), householdId, q. */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'release-passes', await this.passes.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.passes.get(id);
  }

  /** The printable pass (PDF, Chinese and English) with the QR code of its code. */
  @Get(':id/pass.pdf')
  async pdf(@Param('id', idPipe) id: number, @Res() res: Response) {
    const rp = await this.passes.forPdf(id);
    const font = { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${rp.pass.number}.pdf"`);
    res.send(await renderReleasePass(font, rp));
  }

  /** A resident's application: the documents to check follow from who applies. */
  @Post()
  apply(@Body() dto: ApplyReleasePassDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.passes.apply(dto, staff);
  }

  /** Issues the pass once every required document is checked. */
  @Post(':id/issue')
  @HttpCode(200)
  issue(@Param('id', idPipe) id: number, @CurrentStaff() staff: StaffPrincipal) {
    return this.passes.issue(id, staff);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  revoke(@Param('id', idPipe) id: number, @Body() dto: RevokeReleasePassDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.passes.revoke(id, dto.reason, staff);
  }
}
