import { Body, ConflictException, Controller, Get, GoneException, HttpException, HttpStatus, Injectable, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Prisma } from '../../../../prisma/client';
import type { Question } from '../../../../workflows/survey/policy';
import { tokenHash } from '../../../../workflows/survey/activities';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../database/prisma.service';
import { assertAnswers } from './responses';
import { PublicAnswersDto } from './surveys.dto';

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;
const WINDOW_MS = 60_000;
const PER_WINDOW = 30;

/**
 * How often one client address may call the public survey endpoints: 30 calls a minute, then 429 until the
 * minute is over. Kept in memory (each API process counts its own): the token's 192 random bits are the
 * protection, the limit only stops a client from hammering the endpoint.
 */
@Injectable()
export class PublicRateLimit {
  private readonly hits = new Map<string, { since: number; count: number }>();

  check(address: string): void {
    const now = Date.now();
    if (this.hits.size > 10_000) for (const [key, hit] of this.hits) if (now - hit.since > WINDOW_MS) this.hits.delete(key);
    const hit = this.hits.get(address);
    if (!hit || now - hit.since > WINDOW_MS) return void this.hits.set(address, { since: now, count: 1 });
    if (++hit.count > PER_WINDOW) {
      throw new HttpException({ statusCode: 429, error: 'Too Many Requests', message: 'Too many requests: please wait a minute and try again.', retryAfterSeconds: Math.ceil((hit.since + WINDOW_MS - now) / 1000) }, HttpStatus.TOO_MANY_REQUESTS);
    }
  }
}

const unknownLink = () => new NotFoundException({ statusCode: 404, message: 'This survey link is not valid.' });

/**
 * SAT-1: the resident's survey behind an SMS link, without signing in: only the token, once. An unknown token
 * is a 404 that says nothing of whether it ever existed; an answered link is a 409, an expired one a 410.
 */
@ApiTags('surveys')
@Public()
@Controller('public/surveys')
export class PublicSurveysController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly limit: PublicRateLimit,
  ) {}

  private async invitation(token: string, request: Request) {
    this.limit.check(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    if (!TOKEN.test(token)) throw unknownLink();
    const invitation = await this.prisma.surveyInvitation.findUnique({ where: { tokenHash: tokenHash(token) }, include: { campaign: { include: { questionnaire: true } } } });
    if (!invitation) throw unknownLink();
    if (invitation.answeredAt) throw new ConflictException({ statusCode: 409, code: 'ANSWERED', message: 'This survey has already been answered: thank you.' });
    if (!invitation.expiresAt || invitation.expiresAt <= new Date() || invitation.campaign.status !== 'OPEN') {
      throw new GoneException({ statusCode: 410, code: 'EXPIRED', message: 'This survey link has expired.' });
    }
    return invitation;
  }

  /** The questions, in Chinese and English, and until when the link works. */
  @Get(':token')
  async get(@Param('token') token: string, @Req() request: Request) {
    const { campaign, expiresAt } = await this.invitation(token, request);
    const q = campaign.questionnaire;
    return { campaign: campaign.name, title: { zh: q.titleZh, en: q.titleEn }, version: q.version, questions: q.questions, expiresAt };
  }

  /** The resident's answers: taken once; a second submission is refused. */
  @Post(':token')
  async answer(@Param('token') token: string, @Body() dto: PublicAnswersDto, @Req() request: Request) {
    const invitation = await this.invitation(token, request);
    assertAnswers(invitation.campaign.questionnaire.questions as unknown as Question[], dto.answers);
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.surveyInvitation.updateMany({ where: { id: invitation.id, answeredAt: null, expiresAt: { gt: new Date() } }, data: { answeredAt: new Date() } });
      if (!count) throw new ConflictException({ statusCode: 409, code: 'ANSWERED', message: 'This survey has already been answered: thank you.' });
      await tx.surveyResponse.create({
        data: {
          questionnaireId: invitation.campaign.questionnaireId,
          campaignId: invitation.campaignId,
          invitationId: invitation.id,
          householdId: invitation.householdId,
          method: 'LINK',
          answers: dto.answers as unknown as Prisma.InputJsonValue,
        },
      });
    });
    return { answered: true };
  }
}
