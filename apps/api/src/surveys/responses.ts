import { Body, ConflictException, Controller, Get, Injectable, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Prisma, SurveyMethod } from '../../../../prisma/client';
import { checkAnswers, type Answer, type Question } from '../../../../workflows/survey/policy';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest, invalidFields } from '../common/errors';
import { columns, date, enumEq, intEq, type ListParams, type ListSpec } from '../common/list-query';
import { createOnce } from '../common/request-id';
import { PrismaService } from '../database/prisma.service';
import { CreateResponseDto } from './surveys.dto';

/** 400 naming each answer that does not fit its question. */
export function assertAnswers(questions: Question[], answers: Answer[]): void {
  const problems = checkAnswers(questions, answers);
  if (problems.length) throw invalidFields(problems.map(([field, message]) => ({ field, message })));
}

/** SAT-1: the surveys filled in (by visit, phone, paper form or link), each with the questionnaire version it answered. */
@Injectable()
export class ResponsesService extends CrudService {
  protected readonly label = 'survey response';
  protected override readonly include = { questionnaire: { select: { id: true, key: true, version: true, titleZh: true, titleEn: true, questions: true } } };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'respondedAt', 'method', 'createdAt'),
    defaultSort: ['respondedAt', 'desc'],
    filters: {
      method: enumEq('method', Object.values(SurveyMethod)),
      campaignId: intEq('campaignId'),
      householdId: intEq('householdId'),
      questionnaireId: intEq('questionnaireId'),
      from: (v, k) => ({ respondedAt: { gte: date(v, k) } }),
      to: (v, k) => ({ respondedAt: { lt: date(v, k) } }),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.surveyResponse;
  }

  /** A visit, a call or a paper form entered by staff; within a campaign it answers that household's invitation. */
  async enter(given: CreateResponseDto, staff: StaffPrincipal) {
    // An optional reference sent as null is left out, as if it had not been sent.
    const dto = { ...given, campaignId: given.campaignId ?? undefined, questionnaireId: given.questionnaireId ?? undefined, householdId: given.householdId ?? undefined };
    let questionnaireId = dto.questionnaireId;
    let invitationId: number | null = null;
    if (dto.campaignId !== undefined) {
      const campaign = await this.prisma.surveyCampaign.findUnique({ where: { id: dto.campaignId } });
      if (!campaign) throw badRequest('campaignId', `survey campaign ${dto.campaignId} does not exist`);
      if (questionnaireId !== undefined && questionnaireId !== campaign.questionnaireId) throw badRequest('questionnaireId', "must be the campaign's questionnaire");
      questionnaireId = campaign.questionnaireId;
      if (dto.householdId !== undefined) {
        const invitation = await this.prisma.surveyInvitation.findUnique({ where: { campaignId_householdId: { campaignId: campaign.id, householdId: dto.householdId } } });
        if (!invitation) throw badRequest('householdId', 'this household was not asked in this campaign');
        invitationId = invitation.id;
      }
    }
    if (questionnaireId === undefined) throw badRequest('questionnaireId', 'name the questionnaire, or the campaign');
    const questionnaire = await this.prisma.questionnaire.findUnique({ where: { id: questionnaireId } });
    if (!questionnaire) throw badRequest('questionnaireId', `questionnaire ${questionnaireId} does not exist`);
    if (dto.householdId !== undefined && !(await this.prisma.household.findUnique({ where: { id: dto.householdId }, select: { id: true } }))) {
      throw badRequest('householdId', `household ${dto.householdId} does not exist`);
    }
    const respondedAt = dto.respondedAt ? new Date(dto.respondedAt) : new Date();
    if (Number.isNaN(respondedAt.getTime()) || respondedAt.getTime() > Date.now() + 60_000 || respondedAt.getFullYear() < 2000) throw badRequest('respondedAt', 'must be a date that has passed');
    assertAnswers(questionnaire.questions as unknown as Question[], dto.answers);

    const { record } = await createOnce(
      dto.requestId,
      (requestId) => this.prisma.surveyResponse.findUnique({ where: { requestId } }),
      () =>
        this.prisma.$transaction(async (tx) => {
          if (invitationId !== null) {
            const { count } = await tx.surveyInvitation.updateMany({ where: { id: invitationId, answeredAt: null }, data: { answeredAt: new Date() } });
            if (!count) {
              // The same submission sent twice at once: the first one answered the invitation; answer with its record.
              const earlier = dto.requestId ? await tx.surveyResponse.findUnique({ where: { requestId: dto.requestId } }) : null;
              if (earlier) return earlier;
              throw new ConflictException({ statusCode: 409, message: 'This household has already answered this campaign.' });
            }
          }
          return tx.surveyResponse.create({
            data: {
              questionnaireId: questionnaire.id,
              campaignId: dto.campaignId ?? null,
              invitationId,
              householdId: dto.householdId ?? null,
              method: dto.method,
              answers: dto.answers as unknown as Prisma.InputJsonValue,
              respondentName: dto.respondentName?.trim() || null,
              note: dto.note?.trim() || null,
              enteredById: staff.id,
              respondedAt,
              requestId: dto.requestId ?? null,
            },
          });
        }),
    );
    return this.get(record.id);
  }
}

@ApiTags('surveys')
@ApiBearerAuth()
@Controller('survey-responses')
export class ResponsesController {
  constructor(private readonly service: ResponsesService) {}

  /** Filter by method, campaignId, householdId, questionnaireId, from, to. */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'survey-responses', await this.service.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.service.get(id);
  }

  /** SAT-1: a survey taken by visit or phone, or a paper opinion form, typed in by staff. */
  @Post()
  create(@Body() dto: CreateResponseDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.service.enter(dto, staff);
  }
}
