import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService, listQuery, sendPage } from '../common/crud';
import { columns, intEq, text, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { may } from '../permissions/table';

/** The append-only history of cases: one case's, or every case of a household's file. */
@Injectable()
export class TimelineService extends CrudService {
  protected readonly label = 'timeline entry';
  protected override readonly include = {
    actor: { select: { id: true, displayName: true } },
    case: { select: { id: true, titleZh: true, titleEn: true, process: true } },
  };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'at'),
    defaultSort: ['id', 'asc'],
    filters: {
      caseId: intEq('caseId'),
      taskId: intEq('taskId'),
      householdId: (v, k) => ({ case: intEq('householdId')(v, k) }),
      type: (v, k) => ({ type: text(v, k) }),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.timelineEntry;
  }
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response, @CurrentStaff() staff: StaffPrincipal) {
    // Internal notes are in the timeline only for those the permission table lets read them.
    const scope = may(staff.role, 'case-notes', 'read') ? undefined : { type: { not: 'NOTE_ADDED' } };
    return sendPage(res, 'timeline', await this.timeline.list(params, scope));
  }
}
