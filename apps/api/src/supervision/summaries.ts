import { Controller, Get, Injectable, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { notFound } from '../common/errors';
import { columns, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';

/** A summary as listed: its figures and e-mails (its matters on its own page, the PDF downloaded on its own). */
const listed = { id: true, workflowId: true, generatedAt: true, openCount: true, overdueCount: true, messageIds: true } as const;

/** REC-4: the weekly summaries of unfinished matters, kept with their PDF. */
@Injectable()
export class UnfinishedSummariesService extends CrudService {
  protected readonly label = 'unfinished summary';
  protected override readonly select = listed;
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'generatedAt', 'openCount', 'overdueCount'),
    defaultSort: ['generatedAt', 'desc'],
    filters: {},
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.unfinishedSummary;
  }

  /** The e-mails that took it to the directors, with their state in the outbox. */
  protected override async presentMany(rows: Record<string, unknown>[]) {
    const ids = rows.flatMap((r) => r.messageIds as number[]);
    const messages = ids.length
      ? await this.prisma.message.findMany({ where: { id: { in: ids } }, select: { id: true, recipientName: true, recipient: true, status: true, sentAt: true } })
      : [];
    return rows.map((r) => ({ ...r, messages: messages.filter((m) => (r.messageIds as number[]).includes(m.id)) }));
  }

  /** One summary with its matters, by process. */
  override async get(id: number) {
    const row = (await super.get(id)) as Record<string, unknown>;
    const found = await this.prisma.unfinishedSummary.findUnique({ where: { id }, select: { items: true } });
    return { ...row, items: found?.items ?? [] };
  }

  async pdf(id: number): Promise<Buffer> {
    const row = await this.prisma.unfinishedSummary.findUnique({ where: { id }, select: { pdf: true } });
    if (!row) throw notFound('unfinished summary', id);
    return Buffer.from(row.pdf);
  }
}

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('unfinished-summaries')
export class UnfinishedSummariesController {
  constructor(private readonly summaries: UnfinishedSummariesService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'unfinished-summaries', await this.summaries.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.summaries.get(id);
  }

  @Get(':id/summary.pdf')
  async pdf(@Param('id', idPipe) id: number, @Res() res: Response) {
    const body = await this.summaries.pdf(id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="unfinished-matters-${id}.pdf"`);
    res.send(body);
  }
}
