import { Body, Controller, Get, Injectable, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { DEFAULT_QUESTIONNAIRE, TOPICS, type Question } from '../../../../workflows/survey/policy';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { invalidFields } from '../common/errors';
import { columns, contains, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { CreateQuestionnaireDto } from './surveys.dto';

const bilingual = z.object({ zh: z.string().min(1).max(300), en: z.string().min(1).max(500) });
const questionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes'),
    kind: z.enum(['RATING', 'YES_NO', 'CHOICE', 'TEXT']),
    text: bilingual,
    topic: z.enum(TOPICS).optional(),
    required: z.boolean().optional(),
    options: z.array(z.object({ value: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be a code'), label: bilingual, satisfied: z.boolean().optional() }).strict()).max(20).optional(),
  })
  .strict()
  .refine((q) => q.kind !== 'CHOICE' || (q.options?.length ?? 0) >= 2, { message: 'a choice needs at least two options', path: ['options'] });
const questionsSchema = z.array(questionSchema).min(1).max(50).refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'question ids must be unique' });

/** SAT-1: questionnaires are data, versioned: a change is a new version; an answer keeps the version it answered. */
@Injectable()
export class QuestionnairesService extends CrudService {
  protected readonly label = 'questionnaire';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'key', 'version', 'createdAt'),
    defaultSort: ['id', 'desc'],
    filters: { key: (v, k) => contains('key')(v, k), q: (v, k) => ({ OR: [contains('titleZh')(v, k), contains('titleEn')(v, k), contains('key')(v, k)] }) },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.questionnaire;
  }

  /** The newest version of every key; the default questionnaire when none has been written yet. */
  async ensureDefault(): Promise<void> {
    if (await this.prisma.questionnaire.count()) return;
    const { key, title, questions } = DEFAULT_QUESTIONNAIRE;
    await this.prisma.questionnaire.createMany({ data: [{ key, version: 1, titleZh: title.zh, titleEn: title.en, questions: questions as object[] }], skipDuplicates: true });
  }

  override async list(params: ListParams) {
    await this.ensureDefault();
    return super.list(params);
  }

  async newVersion(dto: CreateQuestionnaireDto, staff: StaffPrincipal) {
    const parsed = questionsSchema.safeParse(dto.questions);
    if (!parsed.success) throw invalidFields(parsed.error.issues.map((i) => ({ field: ['questions', ...i.path].join('.'), message: i.message })));
    const last = await this.prisma.questionnaire.findFirst({ where: { key: dto.key }, orderBy: { version: 'desc' }, select: { version: true } });
    const created = await this.prisma.questionnaire.create({
      data: { key: dto.key, version: (last?.version ?? 0) + 1, titleZh: dto.titleZh, titleEn: dto.titleEn, questions: parsed.data as object[], note: dto.note ?? null, createdById: staff.id },
    });
    return this.get(created.id);
  }

  async questionsOf(id: number): Promise<Question[]> {
    return ((await this.get(id)) as { questions: Question[] }).questions;
  }
}

@ApiTags('surveys')
@ApiBearerAuth()
@Controller('questionnaires')
export class QuestionnairesController {
  constructor(private readonly service: QuestionnairesService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'questionnaires', await this.service.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.service.get(id);
  }

  /** A new version of a questionnaire (the first of its key is version 1). */
  @Post()
  create(@Body() dto: CreateQuestionnaireDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.service.newVersion(dto, staff);
  }
}
