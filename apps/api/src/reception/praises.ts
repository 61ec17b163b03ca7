import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CrudService, listQuery, sendPage } from '../common/crud';
import { columns, intEq, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';

/** REC-1: praise on the record of the staff member praised. */
@Injectable()
export class StaffPraisesService extends CrudService {
  protected readonly label = 'praise';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'createdAt'),
    defaultSort: ['createdAt', 'desc'],
    filters: { staffId: intEq('staffId'), entryId: intEq('entryId') },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.staffPraise;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override async presentMany(rows: any[]) {
    const staff = await this.prisma.staff.findMany({ where: { id: { in: rows.map((r) => r.staffId) } }, select: { id: true, displayName: true } });
    return rows.map((r) => ({ ...r, staff: staff.find((s) => s.id === r.staffId) ?? null }));
  }
}

@ApiTags('reception')
@ApiBearerAuth()
@Controller('staff-praises')
export class StaffPraisesController {
  constructor(private readonly praises: StaffPraisesService) {}

  /** `filter.staffId`: the praise a staff member has received. */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'staff-praises', await this.praises.list(params));
  }
}
