import { Body, Controller, Get, Injectable, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { z } from 'zod';
import { Prisma } from '../../../../prisma/client';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest, invalidFields } from '../common/errors';
import { columns, text, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { CHECKLISTS_POLICY_SCHEMA } from '../checklists/policy';
import { GATE_POLICY_SCHEMA } from '../gate/policy';
import { CUSTODY_POLICY_SCHEMA } from '../custody/policy-schema';
import { INSPECTION_TEMPLATES_POLICY_SCHEMA } from '../inspections/templates';
import { DECORATION_POLICY_SCHEMA } from '../decoration/policy-schema';
import { QUICK_REPLIES_POLICY_SCHEMA } from '../cases/quick-replies';

const HHMM = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const duration = z.string().regex(/^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, 'must be an ISO 8601 duration such as PT1H or P90D');

const due = z.union([
  z.object({ after: z.string().regex(/^P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/, 'must be an ISO 8601 duration such as PT1H or P2D'), business: z.boolean().optional() }),
  z.object({ endOfBusinessDay: z.literal(true) }),
  z.object({ endOfDay: z.literal(true) }),
]);

const bilingual = z.object({ zh: z.string().min(1).max(100), en: z.string().min(1).max(200) });

/** The shape of each policy a manager may change. A process registers its own here. */
export const POLICY_SCHEMAS: Record<string, z.ZodType> = {
  // DEC-2..DEC-6: the decoration process.
  decoration: DECORATION_POLICY_SCHEMA,
  // REC-3 / DEC-3: the kinds of pass checked at the gate; MOV-1 / DEC-1 / REC-3: the documents each applicant brings.
  gate: GATE_POLICY_SCHEMA,
  checklists: CHECKLISTS_POLICY_SCHEMA,
  // MOV-7: the custody of vacant units (meter limits, patrols).
  custody: CUSTODY_POLICY_SCHEMA,
  // MOV-5 and later custody patrols, decoration acceptance: the inspections' rooms, items, meters and parties.
  'inspection-templates': INSPECTION_TEMPLATES_POLICY_SCHEMA,
  // The answers reception gives again and again (zh/en), offered per process where staff write.
  'quick-replies': QUICK_REPLIES_POLICY_SCHEMA,
  // REC-4: the supervisor's daily sign-off and when an open matter counts as overdue in the weekly summary.
  supervision: z.object({ reviewWithin: due, escalationFollowUp: due, staleAfter: duration }),
  calendar: z
    .object({
      utcOffsetMinutes: z.number().int().min(-720).max(840),
      workdays: z.array(z.number().int().min(0).max(6)).min(1),
      workStart: z.string().regex(HHMM, 'must be HH:MM'),
      workEnd: z.string().regex(HHMM, 'must be HH:MM'),
    })
    .refine((c) => c.workStart < c.workEnd, { message: 'workStart must be before workEnd', path: ['workEnd'] }),
  complaint: z.object({
    major: z.object({ directorSameDay: due, answerWithin: due, resolveWithin: due }),
    important: z.object({ forwardWithin: due, handleWithin: due }),
    minor: z.object({ resolveWithin: due }),
    stopDamageWithin: due,
    informWithin: due,
    returnVisitWithin: due,
    reopenWithin: due,
    followUpAfter: duration,
    escalationFollowUp: due.optional(),
  }),
  letterhead: z.object({
    companyZh: z.string().min(2).max(100),
    companyEn: z.string().min(2).max(200),
    departmentZh: z.string().min(2).max(100),
    departmentEn: z.string().min(2).max(200),
    addressZh: z.string().min(2).max(200),
    addressEn: z.string().min(2).max(300),
    phone: z.string().min(3).max(40),
  }),
  fee: z.object({
    custodyRatio: z.number().min(0).max(1),
    payWithinDays: z.number().int().min(0).max(365),
  }),
  repair: z
    .object({
      categories: z
        .array(
          z.object({
            code: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be a code in capitals such as LEAK'),
            name: bilingual,
            warrantyYears: z.number().int().min(0).max(70),
            visitRule: z.enum(['SAFETY', 'LEAK', 'OTHER']),
            publicArea: z.boolean().optional(),
          }),
        )
        .min(1),
      priceList: z.array(z.object({ code: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be a code in capitals such as DRAIN'), name: bilingual, price: z.number().positive().max(1e6) })),
      emergencyArrivalWithin: due,
      completeWithin: due,
      leakTestWithin: due,
      checkInWithin: due,
      collectWithin: due,
      returnVisit: z.object({ SAFETY: due, LEAK: due, OTHER: due }),
      rectifyWithin: due,
      escalationFollowUp: due.optional(),
    })
    .refine((p) => new Set(p.categories.map((c) => c.code)).size === p.categories.length, { message: 'category codes must be unique', path: ['categories'] })
    .refine((p) => new Set(p.priceList.map((c) => c.code)).size === p.priceList.length, { message: 'price codes must be unique', path: ['priceList'] }),
  dunning: z.object({
    remindAfter: duration,
    payWithinDays: z.number().int().min(1).max(90),
    callWithin: due,
    letterAfter: duration,
    postWithin: due,
    visitAfter: duration,
    visitWithin: due,
    legalAfter: duration,
    decideWithin: due,
    partialPaymentPause: duration,
    instalmentGrace: duration,
    disputeRecheck: duration,
  }),
  // REC-2: a specialist question's default promise and the time to tell the resident an answer that came late.
  reception: z.object({ defaultPromise: due, tellWithin: due, escalationFollowUp: due.optional() }),
  // REC-5: a work contact form is acknowledged, then replied to, by these.
  'contact-form': z.object({ acknowledgeWithin: due, replyWithin: due, escalationFollowUp: due.optional() }),
  // SAT-1: surveys' links, reminders and what counts as satisfied.
  survey: z.object({
    linkValidFor: duration,
    remindAfter: duration.nullable(),
    answerLinkBase: z.string().regex(/^https?:\/\/\S+$/, 'must be the http(s) address of the answer page, such as https://desk.example.com/#/survey/').max(200),
    satisfiedFrom: z.number().int().min(1).max(5),
    surveyWithin: due,
    escalationFollowUp: due.optional(),
  }),
};

export class CreatePolicyDto {
  @ApiProperty({ example: 'calendar' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: 'key must be a policy name such as calendar or complaint' })
  key: string;

  @ApiProperty({ example: { utcOffsetMinutes: 480, workdays: [1, 2, 3, 4, 5], workStart: '08:30', workEnd: '17:30' } })
  @IsObject({ message: 'data must be an object' })
  data: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'What changed and why' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** Policies are data, versioned: a change is a new version; a running case keeps the version it started with. */
@Injectable()
export class PoliciesService extends CrudService {
  protected readonly label = 'policy';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'key', 'version', 'createdAt'),
    defaultSort: ['id', 'desc'],
    filters: { key: (v, k) => ({ key: text(v, k) }) },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.policy;
  }

  async saveVersion(dto: CreatePolicyDto, staffId: number) {
    const schema = POLICY_SCHEMAS[dto.key];
    if (!schema) throw badRequest('key', `unknown policy; known: ${Object.keys(POLICY_SCHEMAS).join(', ')}`);
    const parsed = schema.safeParse(dto.data);
    if (!parsed.success) {
      throw invalidFields(parsed.error.issues.map((i) => ({ field: ['data', ...i.path].join('.'), message: i.message })));
    }
    for (let attempt = 0; ; attempt++) {
      const latest = await this.prisma.policy.findFirst({ where: { key: dto.key }, orderBy: { version: 'desc' } });
      try {
        return await this.prisma.policy.create({
          data: { key: dto.key, version: (latest?.version ?? 0) + 1, data: parsed.data as Prisma.InputJsonValue, note: dto.note, createdById: staffId },
        });
      } catch (error) {
        // Two managers saving at once: the second takes the next number.
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') || attempt > 3) throw error;
      }
    }
  }
}

@ApiTags('policies')
@ApiBearerAuth()
@Controller('policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'policies', await this.policies.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.policies.get(id);
  }

  /** A new version of a policy; new cases take it, running ones keep theirs. */
  @Post()
  create(@Body() dto: CreatePolicyDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.policies.saveVersion(dto, staff.id);
  }
}
