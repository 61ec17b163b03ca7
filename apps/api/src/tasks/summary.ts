import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { actorOf } from '../common/actor';
import { notFound } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import { maskPhone } from '../permissions/confidential';
import { may } from '../permissions/table';
import { readCaseRecord } from './case-records';
import { TasksService } from './tasks';

/**
 * What a task's page shows of the job besides the task itself, in one read: the case (with its tasks' titles
 * and forms, for the timeline), the household it is filed under, and the record of its process (the
 * complaint's place, description and request; a repair order's location and appointment...) with the person
 * to reach. Each part is shown as the rest of the API shows it to the same role: the record only to a role
 * that may read it, a phone in full only to a role that may read the record or the household file.
 */
@Injectable()
export class TaskSummaryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tasks: TasksService,
  ) {}

  async summary(taskId: number, staff: StaffPrincipal) {
    const task = await this.prisma.task.findFirst({ where: { AND: [{ id: taskId }, this.tasks.visibleTo(actorOf(staff))] }, select: { caseId: true } });
    if (!task) throw notFound('task', taskId);
    const kase = await this.prisma.case.findUniqueOrThrow({
      where: { id: task.caseId },
      select: {
        id: true,
        process: true,
        titleZh: true,
        titleEn: true,
        status: true,
        priority: true,
        tier: true,
        escalationLevel: true,
        openedAt: true,
        closedAt: true,
        householdId: true,
        tasks: { orderBy: { id: 'asc' }, select: { id: true, key: true, titleZh: true, titleEn: true, status: true, form: true } },
      },
    });
    const mayReadFile = may(staff.role, 'households', 'read');
    const household = kase.householdId
      ? await this.prisma.household.findUnique({
          where: { id: kase.householdId },
          select: { id: true, name: true, occupancy: true, phone: true, unit: { select: { number: true, building: { select: { name: true } } } } },
        })
      : null;
    const found = await readCaseRecord(this.prisma, kase.process, kase.id);
    const mayReadRecord = found ? may(staff.role, found.readWith, 'read') : false;
    const record = found && mayReadRecord ? { kind: found.kind, route: found.route, id: found.id, fields: found.fields } : null;
    const contact = found?.contact ? { name: found.contact.name, phone: mayReadRecord ? found.contact.phone : maskPhone(found.contact.phone), phoneMasked: !mayReadRecord } : null;
    return {
      case: kase,
      household: household && {
        id: household.id,
        name: household.name,
        occupancy: household.occupancy,
        unit: `${household.unit.building.name} ${household.unit.number}`,
        phone: mayReadFile ? household.phone : maskPhone(household.phone),
        phoneMasked: !mayReadFile,
      },
      record,
      contact,
    };
  }
}
