import { CallHandler, Controller, ExecutionContext, ForbiddenException, Get, Injectable, Module, NestInterceptor, Query, Res } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import type { StaffRole } from '../../../../prisma/client';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService, listQuery, sendPage } from '../common/crud';
import { columns, enumEq, intEq, takeFromFilter, type ListParams, type ListSpec } from '../common/list-query';
import { AUDITED_MODELS, type AuditedModel } from '../../../common/change-records';
import { PrismaService } from '../database/prisma.service';
import { requestContext } from '../database/request-context';
import { may, type Action, type Resource } from '../permissions/table';

/**
 * Who may see the history of what: the permission that reads the record. The history of a staff member
 * (role, department, whether active) is for those who manage staff.
 */
const HISTORY_PERMISSION: Record<AuditedModel, readonly [Resource, Action, string]> = {
  Household: ['households', 'read', 'Your role may not read households.'],
  Member: ['households', 'read', 'Your role may not read households.'],
  Contact: ['households', 'read', 'Your role may not read households.'],
  Proxy: ['households', 'read', 'Your role may not read households.'],
  Document: ['documents', 'read', 'Your role may not read documents.'],
  Staff: ['staff', 'update', 'Your role may not change staff.'],
  Policy: ['policies', 'read', 'Your role may not read policies.'],
  ChargeItem: ['fees', 'read', 'Your role may not read fees.'],
  MeterReading: ['meter-readings', 'read', 'Your role may not read meter-readings.'],
  Payment: ['payments', 'read', 'Your role may not read payments.'],
};

/** The permission table's own refusal (permissions.service.ts), in its words. */
const refusal = (model: AuditedModel) => new ForbiddenException({ statusCode: 403, message: HISTORY_PERMISSION[model][2] });
const mayRead = (role: StaffRole, model: AuditedModel) => may(role, HISTORY_PERMISSION[model][0], HISTORY_PERMISSION[model][1]);

/** Fills the request context with the signed-in staff member (the guard has set it), for the change records. */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const staff = context.switchToHttp().getRequest<{ staff?: StaffPrincipal }>().staff;
    return new Observable((subscriber) =>
      requestContext.run({ staffId: staff?.id ?? null }, () => next.handle().subscribe(subscriber)),
    );
  }
}

interface ChangeRow {
  id: number;
  staffId: number | null;
}

/** The change records (change-records.ts): a household file's, one record's, or all a role may read. */
@Injectable()
export class HistoryService extends CrudService {
  protected readonly label = 'change record';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'at'),
    defaultSort: ['id', 'desc'],
    filters: {
      householdId: intEq('householdId'),
      model: enumEq('model', AUDITED_MODELS),
      recordId: intEq('recordId'),
      staffId: intEq('staffId'),
      action: enumEq('action', ['create', 'update', 'withdraw', 'delete']),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.changeRecord;
  }

  /** The models whose history `role` may read. */
  readable(role: StaffRole): AuditedModel[] {
    return AUDITED_MODELS.filter((m) => mayRead(role, m));
  }

  /**
   * A page for `staff`: a household's history needs the household file; a model's history needs what reads
   * that model (403 otherwise); and whatever is asked, only the models the role may read are listed.
   */
  listFor(params: ListParams, staff: StaffPrincipal) {
    const { taken } = takeFromFilter(params, ['householdId', 'model']);
    if (taken.householdId !== undefined && !mayRead(staff.role, 'Household')) throw refusal('Household');
    for (const model of [taken.model].flat()) {
      if (typeof model === 'string' && model in HISTORY_PERMISSION && !mayRead(staff.role, model as AuditedModel)) throw refusal(model as AuditedModel);
    }
    return this.list(params, { model: { in: this.readable(staff.role) } });
  }

  /** Each record with the display name of the staff member who made the change. */
  protected override async presentMany<T>(rows: T[]): Promise<T[]> {
    const ids = [...new Set((rows as ChangeRow[]).map((r) => r.staffId).filter((id): id is number => id !== null))];
    const staff = ids.length ? await this.prisma.staff.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }) : [];
    const names = new Map(staff.map((s) => [s.id, s.displayName]));
    return (rows as ChangeRow[]).map((r) => ({ ...r, staffName: r.staffId === null ? null : (names.get(r.staffId) ?? null) })) as T[];
  }
}

@ApiTags('history')
@ApiBearerAuth()
@Controller('history')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  /** `filter={"householdId":12}` (a whole file) or `{"model":"Staff","recordId":3}` (one record). */
  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @CurrentStaff() staff: StaffPrincipal, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'history', await this.history.listFor(params, staff));
  }
}

/** Who changed what (the issue "Trust"): the request context the change records read, and their list. */
@Module({
  controllers: [HistoryController],
  providers: [HistoryService, { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor }],
})
export class HistoryModule {}
