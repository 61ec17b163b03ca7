import { Body, Controller, Get, Injectable, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SurveyCampaignStatus, SurveyMethod } from '../../../../prisma/client';
import { DEFAULT_SURVEY_POLICY, surveyWorkflowId, type SurveyPolicy } from '../../../../workflows/survey/policy';
import type { SurveyCampaignInput } from '../../../../workflows/survey/workflow';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService } from '../cases/cases.service';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest } from '../common/errors';
import { columns, contains, enumEq, intEq, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { CreateCampaignDto } from './surveys.dto';

const METHOD_NAME = { VISIT: ['入户走访', 'by visit'], PHONE: ['电话', 'by phone'], PAPER: ['意见征询表', 'opinion forms'], LINK: ['短信链接', 'SMS link'] } as const;

/** SAT-1: survey campaigns: which households were asked, by which method, who answered and who did not. */
@Injectable()
export class CampaignsService extends CrudService {
  protected readonly label = 'survey campaign';
  protected override readonly include = { questionnaire: { select: { id: true, key: true, version: true, titleZh: true, titleEn: true } }, _count: { select: { invitations: true, responses: true } } };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'name', 'createdAt', 'status', 'method', 'closesAt'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      status: enumEq('status', Object.values(SurveyCampaignStatus)),
      method: enumEq('method', Object.values(SurveyMethod)),
      buildingId: intEq('buildingId'),
      questionnaireId: intEq('questionnaireId'),
      q: (v, k) => contains('name')(v, k),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.surveyCampaign;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override present(row: any) {
    const { _count, ...rest } = row;
    return _count ? { ...rest, asked: _count.invitations, answered: _count.responses } : rest;
  }

  /** The campaign with every household asked: sent, reminded, answered or not. */
  override async get(id: number) {
    const campaign = (await super.get(id)) as Record<string, unknown>;
    const invitations = await this.prisma.surveyInvitation.findMany({ where: { campaignId: id }, orderBy: { id: 'asc' }, include: { response: { select: { id: true, respondedAt: true } } } });
    const homes = await this.prisma.household.findMany({
      where: { id: { in: invitations.map((i) => i.householdId) } },
      select: { id: true, name: true, phone: true, unit: { select: { number: true, building: { select: { name: true } } } } },
    });
    const byId = new Map(homes.map((h) => [h.id, h]));
    return {
      ...campaign,
      invitations: invitations.map(({ tokenHash: _hidden, ...i }) => {
        const h = byId.get(i.householdId);
        return { ...i, household: h ? { id: h.id, name: h.name, phone: h.phone, unit: `${h.unit.building.name} ${h.unit.number}` } : null };
      }),
    };
  }

  async open(dto: CreateCampaignDto, staff: StaffPrincipal) {
    if ((dto.buildingId === undefined) === (dto.householdIds === undefined)) throw badRequest('buildingId', 'name a building or the households, one of the two');
    const questionnaire = await this.prisma.questionnaire.findUnique({ where: { id: dto.questionnaireId }, select: { id: true } });
    if (!questionnaire) throw badRequest('questionnaireId', `questionnaire ${dto.questionnaireId} does not exist`);
    let householdIds: number[];
    if (dto.buildingId !== undefined) {
      const building = await this.prisma.building.findUnique({ where: { id: dto.buildingId }, select: { id: true } });
      if (!building) throw badRequest('buildingId', `building ${dto.buildingId} does not exist`);
      householdIds = (await this.prisma.household.findMany({ where: { active: true, unit: { buildingId: dto.buildingId } }, select: { id: true }, orderBy: { id: 'asc' } })).map((h) => h.id);
      if (!householdIds.length) throw badRequest('buildingId', 'this building has no household on file');
    } else {
      householdIds = [...new Set(dto.householdIds)];
      const found = await this.prisma.household.count({ where: { id: { in: householdIds } } });
      if (found !== householdIds.length) throw badRequest('householdIds', 'some of these households do not exist');
    }
    const [zh, en] = METHOD_NAME[dto.method];
    const kase = (await this.cases.startCase<SurveyCampaignInput, number>({
      process: 'survey',
      workflowType: 'surveyCampaignWorkflow',
      workflowId: surveyWorkflowId,
      title: { zh: `满意度调查：${dto.name}（${zh}，${householdIds.length} 户）`, en: `Satisfaction survey: ${dto.name} (${en}, ${householdIds.length} households)` },
      policyKey: 'survey',
      defaultPolicy: DEFAULT_SURVEY_POLICY,
      requestId: dto.requestId,
      prepare: async (caseId) =>
        (
          await this.prisma.surveyCampaign.create({
            data: {
              name: dto.name,
              questionnaireId: dto.questionnaireId,
              method: dto.method,
              buildingId: dto.buildingId ?? null,
              caseId,
              createdById: staff.id,
              requestId: dto.requestId ?? null,
              invitations: { createMany: { data: householdIds.map((householdId) => ({ householdId })) } },
            },
          })
        ).id,
      undo: async (caseId) => {
        const made = await this.prisma.surveyCampaign.findUnique({ where: { caseId }, select: { id: true } });
        if (!made) return;
        await this.prisma.surveyInvitation.deleteMany({ where: { campaignId: made.id } });
        await this.prisma.surveyCampaign.delete({ where: { id: made.id } });
      },
      input: (caseId, policy, delivery, campaignId) => ({
        caseId,
        campaignId,
        method: dto.method,
        summary: { zh: `${dto.name}（${householdIds.length} 户）`, en: `${dto.name} (${householdIds.length} households)` },
        policy: policy as SurveyPolicy,
        delivery,
      }),
    })) as { id: number };
    for (let waited = 0; ; waited += 100) {
      const made = await this.prisma.surveyCampaign.findUnique({ where: { caseId: kase.id }, select: { id: true } });
      if (made) return this.get(made.id);
      if (waited >= 5_000) throw badRequest('requestId', 'the first submission with this requestId is still being taken: try again');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

@ApiTags('surveys')
@ApiBearerAuth()
@Controller('survey-campaigns')
export class CampaignsController {
  constructor(private readonly service: CampaignsService) {}

  /** Filter by status, method, buildingId, questionnaireId, q. */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'survey-campaigns', await this.service.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.service.get(id);
  }

  /** Opens a campaign: by link, the SMS go out at once through the outbox; by visit, phone or paper, the commissioners get the task. */
  @Post()
  create(@Body() dto: CreateCampaignDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.service.open(dto, staff);
  }
}
