import { Injectable } from '@nestjs/common';
import { rainOver } from '../../../../workflows/custody/messages';
import { rainWarningWorkflowId } from '../../../../workflows/custody/policy';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService } from '../cases/cases.service';
import { CrudService } from '../common/crud';
import { badRequest, conflict, notFound } from '../common/errors';
import { columns, type ListSpec } from '../common/list-query';
import { createOnce } from '../common/request-id';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';
import type { RainWarningDto } from './custody.dto';

const WEEK = 7 * 86_400_000;

/** MOV-7: heavy-rain warnings; every unit in custody is patrolled before the rain and after it. */
@Injectable()
export class RainWarningsService extends CrudService {
  protected readonly label = 'rain warning';
  protected override readonly include = { _count: { select: { patrols: true } } };
  protected readonly listSpec: ListSpec = { sort: columns('id', 'createdAt', 'expectedEnd'), defaultSort: ['createdAt', 'desc'], filters: {} };

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
    private readonly temporal: TemporalService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.rainWarning;
  }

  async warn(dto: RainWarningDto, staff: StaffPrincipal) {
    const end = Date.parse(dto.expectedEnd);
    if (!Number.isFinite(end) || end <= Date.now()) throw badRequest('expectedEnd', 'must be in the future');
    if (end > Date.now() + WEEK) throw badRequest('expectedEnd', 'must be within 7 days (record a new warning when the forecast changes)');
    const { record } = await createOnce(
      dto.requestId,
      (requestId) => this.prisma.rainWarning.findUnique({ where: { requestId } }),
      () =>
        this.prisma.$transaction(async (tx) => {
          const row = await tx.rainWarning.create({
            data: { workflowId: `pending-${Date.now()}-${Math.random().toString(36).slice(2)}`, note: dto.note.trim(), expectedEnd: new Date(end), recordedById: staff.id, requestId: dto.requestId ?? null },
          });
          return tx.rainWarning.update({ where: { id: row.id }, data: { workflowId: rainWarningWorkflowId(row.id) } });
        }),
    );
    // Starting it again (a repeated submission) changes nothing.
    await this.cases.startWorkflow('rainWarningWorkflow', record.workflowId, [{ warningId: record.id, expectedEnd: record.expectedEnd.toISOString() }]);
    return this.get(record.id);
  }

  /** The rain is over before its expected end: the patrols after it go out now. */
  async over(id: number) {
    const warning = await this.prisma.rainWarning.findUnique({ where: { id } });
    if (!warning) throw notFound(this.label, id);
    if (warning.overAt) throw conflict(`The rain was recorded over at ${warning.overAt.toISOString()}.`);
    await this.temporal.client.workflow.getHandle(warning.workflowId).signal(rainOver, { actorId: 0 });
    return this.get(id);
  }
}
