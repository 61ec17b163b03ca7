import { Body, Controller, Get, HttpCode, Injectable, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Matches } from 'class-validator';
import type { Response } from 'express';
import { Channel, MessageStatus } from '../../../../prisma/client';
import { CasesService } from '../cases/cases.service';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { conflict, notFound } from '../common/errors';
import { columns, contains, enumEq, intEq, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';

export class PostingDto {
  @ApiProperty({ example: 'EMS1234567890CN', description: 'Express-mail tracking number, kept as evidence' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{6,40}$/, { message: 'trackingNumber must be 6-40 letters, digits or dashes' })
  trackingNumber: string;

  @ApiPropertyOptional({ description: 'When it was posted (default: now)' })
  @IsOptional()
  @IsDateString({}, { message: 'postedAt must be an ISO 8601 date-time' })
  postedAt?: string;
}

/** Every column but the letter's PDF bytes (fetched from /messages/:id/pdf). */
const scalar = {
  id: true,
  idempotencyKey: true,
  caseId: true,
  householdId: true,
  staffId: true,
  channel: true,
  recipient: true,
  recipientName: true,
  template: true,
  language: true,
  subject: true,
  body: true,
  status: true,
  attempts: true,
  lastError: true,
  providerId: true,
  trackingNumber: true,
  postedAt: true,
  sentAt: true,
  deliveredAt: true,
  failedAt: true,
  createdAt: true,
  updatedAt: true,
};

/** The outbox: every SMS, e-mail and letter, with its status; failed ones can be retried. */
@Injectable()
export class MessagesService extends CrudService {
  protected readonly label = 'message';
  protected override readonly select = { ...scalar, case: { select: { id: true, titleZh: true, titleEn: true } } };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'createdAt', 'status', 'channel', 'sentAt'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      status: enumEq('status', Object.values(MessageStatus)),
      channel: enumEq('channel', Object.values(Channel)),
      caseId: intEq('caseId'),
      householdId: intEq('householdId'),
      q: (v, k) => ({ OR: [contains('recipient')(v, k), contains('recipientName')(v, k), contains('body')(v, k)] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly temporal: TemporalService,
    private readonly cases: CasesService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.message;
  }

  async pdf(id: number): Promise<Buffer> {
    const message = await this.prisma.message.findUnique({ where: { id }, select: { pdf: true } });
    if (!message) throw notFound('message', id);
    if (!message.pdf) throw notFound('letter PDF of message', id);
    return Buffer.from(message.pdf);
  }

  /** Sends a failed message again, through the same delivery workflow (a new run of `message-<id>`). */
  async retry(id: number) {
    const message = (await this.get(id)) as { status: MessageStatus };
    if (message.status !== 'FAILED') throw conflict(`Message ${id} is ${message.status.toLowerCase()}, not failed: there is nothing to retry.`);
    await this.prisma.message.update({ where: { id }, data: { status: 'QUEUED', failedAt: null } });
    await this.temporal.client.workflow.start('messageDeliveryWorkflow', {
      workflowId: `message-${id}`,
      taskQueue: this.temporal.taskQueue,
      args: [{ messageId: id, delivery: this.cases.delivery }],
    });
    return this.get(id);
  }

  /** FEE-4 evidence: the express-mail tracking number and date of a posted letter. */
  async posting(id: number, dto: PostingDto) {
    const message = (await this.get(id)) as { channel: Channel };
    if (message.channel !== 'LETTER') throw conflict(`Message ${id} is not a letter.`);
    await this.prisma.message.update({
      where: { id },
      data: { trackingNumber: dto.trackingNumber, postedAt: dto.postedAt ? new Date(dto.postedAt) : new Date() },
    });
    return this.get(id);
  }
}

@ApiTags('outbox')
@ApiBearerAuth()
@Controller('messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'messages', await this.messages.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.messages.get(id);
  }

  /** The letter as a printable PDF. */
  @Get(':id/pdf')
  async pdf(@Param('id', idPipe) id: number, @Res({ passthrough: true }) res: Response) {
    const pdf = await this.messages.pdf(id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="letter-${id}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Post(':id/retry')
  @HttpCode(200)
  retry(@Param('id', idPipe) id: number) {
    return this.messages.retry(id);
  }

  @Put(':id/posting')
  posting(@Param('id', idPipe) id: number, @Body() dto: PostingDto) {
    return this.messages.posting(id, dto);
  }
}
