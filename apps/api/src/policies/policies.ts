import { Body, Controller, Get, Injectable, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { Prisma } from '../../../../prisma/client';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest, invalidFields } from '../common/errors';
import { columns, text, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { POLICY_DEFAULTS } from './defaults';
import { POLICY_KINDS, POLICY_SCHEMAS } from './kinds';

export { POLICY_SCHEMAS } from './kinds';

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

  /**
   * Every policy as it is in force now: the latest saved version over the process's defaults (version 0 when
   * none is saved), with the defaults themselves, so that a change can be worded against either.
   */
  async inForce() {
    const keys = POLICY_KINDS.map((k) => k.key);
    const latest = await this.prisma.policy.findMany({
      where: { key: { in: keys } },
      orderBy: [{ key: 'asc' }, { version: 'desc' }],
      distinct: ['key'],
    });
    const ids = [...new Set(latest.map((p) => p.createdById).filter((id): id is number => id !== null))];
    const staff = await this.prisma.staff.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
    return keys.map((key) => {
      const saved = latest.find((p) => p.key === key);
      const defaults = POLICY_DEFAULTS[key] ?? {};
      return {
        key,
        version: saved?.version ?? 0,
        data: saved ? { ...defaults, ...(saved.data as object) } : defaults,
        defaults,
        note: saved?.note ?? null,
        createdAt: saved?.createdAt ?? null,
        createdBy: staff.find((s) => s.id === saved?.createdById) ?? null,
      };
    });
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

  /** Each policy's version in force (its defaults when none is saved), for the back office's overview and forms. */
  @Get('in-force')
  inForce() {
    return this.policies.inForce();
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
