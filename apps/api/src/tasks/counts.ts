import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../../../prisma/client';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { actorOf } from '../common/actor';
import { PrismaService } from '../database/prisma.service';
import { may } from '../permissions/table';
import { TasksService } from './tasks';

/** Counted one branch at a time (each its own index), with the newest task of each. */
const countAndNewest = (prisma: PrismaService, where: Prisma.TaskWhereInput) =>
  prisma.task.aggregate({ where, _count: { _all: true }, _max: { id: true } }).then((a) => ({ count: a._count._all, newest: a._max.id ?? 0 }));

/**
 * The counts of the inbox's views and of the menu's entries that hold work, asked every few seconds by every
 * open back office: each view is counted over its own index, and the newest task waiting for the staff member
 * (theirs or their queue's) is named, so that the back office can tell them when one arrives.
 */
@Injectable()
export class TaskCountsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tasks: TasksService,
  ) {}

  async counts(staff: StaffPrincipal) {
    const actor = actorOf(staff);
    const count = (where: Prisma.TaskWhereInput) => this.prisma.task.count({ where });
    const [mine, queueParts, escalated, overdue, dueToday, escalatedCases] = await Promise.all([
      countAndNewest(this.prisma, this.tasks.scope('mine', actor)),
      Promise.all(this.tasks.branches('queue', actor).map((branch) => countAndNewest(this.prisma, branch))),
      count(this.tasks.scope('escalated', actor)),
      count(this.tasks.scope('overdue', actor)),
      count(this.tasks.scope('dueToday', actor)),
      may(staff.role, 'escalations', 'read') ? this.prisma.case.count({ where: { status: 'OPEN', escalationLevel: { gt: 0 } } }) : Promise.resolve(null),
    ]);
    const queue = queueParts.reduce((n, p) => n + p.count, 0);
    const newestId = Math.max(mine.newest, ...queueParts.map((p) => p.newest));
    const newest = newestId
      ? await this.prisma.task.findUnique({ where: { id: newestId }, select: { id: true, titleZh: true, titleEn: true, createdAt: true, assigneeId: true } })
      : null;
    return {
      views: { mine: mine.count, queue, escalated, overdue, dueToday },
      /** What waits for the staff member: the inbox entry's count. */
      waiting: mine.count + queue + escalated,
      /** Menu entries other than the inbox that hold work for this role. */
      menu: escalatedCases === null ? {} : { escalations: escalatedCases },
      newest,
    };
  }
}
