import { HttpException, Injectable } from '@nestjs/common';
import { Department, Prisma, Priority, StaffRole, TaskStatus } from '../../../../prisma/client';
import { claimTask, completeTask, unclaimTask } from '../../../../workflows/core/messages';
import { DEFAULT_CALENDAR } from '../../../../workflows/core/calendar';
import { MANAGER_ROLES, type Actor } from '../../../../workflows/core/types';
import { CrudService } from '../common/crud';
import { notFound } from '../common/errors';
import { boolEq, columns, contains, enumEq, intEq, parseList, type ListParams, type ListSpec } from '../common/list-query';
import { deadlineInclude } from '../cases/cases.service';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';
import { sendUpdateWhenReady } from '../temporal/updates';

/** The workflow has not yet taken in a task the inbox already shows. */
const taskNotYetKnown = (error: HttpException) => error.getStatus() === 404 && /is not part of this case/.test(error.message);

export const VIEWS = ['mine', 'queue', 'escalated', 'overdue', 'dueToday', 'all'] as const;
export type View = (typeof VIEWS)[number];

const include = {
  case: { select: { id: true, process: true, titleZh: true, titleEn: true, priority: true, status: true, householdId: true, workflowId: true } },
  assignee: { select: { id: true, displayName: true } },
  completedBy: { select: { id: true, displayName: true } },
  deadlines: deadlineInclude,
};

/** Open tasks whose escalation brought this staff member's level in: they follow them up. */
export function escalatedTo(actor: Actor): Prisma.TaskWhereInput {
  return {
    status: 'OPEN',
    escalatedRole: actor.role as StaffRole,
    OR: [{ escalatedDepartment: null }, ...(actor.department ? [{ escalatedDepartment: actor.department as Department }] : [])],
  };
}

/** The candidates a staff member's queue gathers: their role, their department, both. Disjoint. */
function queueBranches(actor: Actor): Prisma.TaskWhereInput[] {
  return [
    { candidateRole: actor.role as StaffRole, candidateDepartment: null },
    ...(actor.department
      ? [
          { candidateRole: null, candidateDepartment: actor.department as Department },
          { candidateRole: actor.role as StaffRole, candidateDepartment: actor.department as Department },
        ]
      : []),
  ];
}

/** Tasks waiting for this staff member's role and/or department, unclaimed. */
export function queueOf(actor: Actor): Prisma.TaskWhereInput {
  return { status: 'OPEN', assigneeId: null, OR: queueBranches(actor) };
}

/** A queue branch this short is read whole and sorted in the API rather than in deadline order by the database. */
const SHORT_BRANCH = 2000;

/** PostgreSQL sorts enums in their declared order; nulls last ascending, first descending. */
const ENUM_ORDER: Record<string, readonly string[]> = { priority: Object.values(Priority), status: Object.values(TaskStatus) };
function compareBy(orderBy: Record<string, 'asc' | 'desc'>[]) {
  const rank = (field: string, v: unknown) => (v instanceof Date ? v.getTime() : ENUM_ORDER[field] ? ENUM_ORDER[field].indexOf(v as string) : (v as number));
  return (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const clause of orderBy) {
      const [field, order] = Object.entries(clause)[0];
      const [x, y] = [a[field], b[field]];
      if (x === y || (x instanceof Date && y instanceof Date && x.getTime() === y.getTime())) continue;
      if (x === null || y === null) return (x === null ? 1 : -1) * (order === 'asc' ? 1 : -1);
      return (rank(field, x) < rank(field, y) ? -1 : 1) * (order === 'asc' ? 1 : -1);
    }
    return 0;
  };
}

/** The local day (business calendar time zone) around `now`. */
function today(now = Date.now()): { gte: Date; lt: Date } {
  const offset = DEFAULT_CALENDAR.utcOffsetMinutes * 60_000;
  const start = Math.floor((now + offset) / 86_400_000) * 86_400_000 - offset;
  return { gte: new Date(start), lt: new Date(start + 86_400_000) };
}

/** The inbox: a query over the tasks table, narrowed to what this staff member may see. */
@Injectable()
export class TasksService extends CrudService {
  protected readonly label = 'task';
  protected override readonly include = include;
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'dueAt', 'priority', 'createdAt', 'escalationLevel', 'status'),
    defaultSort: ['dueAt', 'asc'],
    filters: {
      status: enumEq('status', Object.values(TaskStatus)),
      caseId: intEq('caseId'),
      assigneeId: intEq('assigneeId'),
      candidateRole: enumEq('candidateRole', Object.values(StaffRole)),
      candidateDepartment: enumEq('candidateDepartment', Object.values(Department)),
      escalated: (v, k) => (boolEq('e')(v, k).e ? { escalationLevel: { gt: 0 } } : { escalationLevel: 0 }),
      householdId: (v, k) => ({ case: intEq('householdId')(v, k) }),
      q: (v, k) => ({ OR: [contains('titleZh')(v, k), contains('titleEn')(v, k)] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly temporal: TemporalService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.task;
  }

  /** Overdue: open and past its current deadline, or already escalated for a missed one. */
  protected override present(row: { status: string; dueAt: Date | null; escalationLevel: number }) {
    const late = (row.dueAt !== null && row.dueAt.getTime() < Date.now()) || row.escalationLevel > 0;
    return { ...row, overdue: row.status === 'OPEN' && late };
  }

  /** Staff see their own tasks and their queue; managers see every task. */
  visibleTo(actor: Actor): Prisma.TaskWhereInput {
    if (MANAGER_ROLES.includes(actor.role)) return {};
    return { OR: [{ assigneeId: actor.id }, { completedById: actor.id }, queueOf(actor), escalatedTo(actor)] };
  }

  scope(view: View, actor: Actor): Prisma.TaskWhereInput {
    switch (view) {
      case 'mine':
        return { assigneeId: actor.id, status: 'OPEN' };
      case 'queue':
        return queueOf(actor);
      case 'escalated':
        return escalatedTo(actor);
      case 'overdue':
        return { AND: [this.visibleTo(actor), { status: 'OPEN', OR: [{ dueAt: { lt: new Date() } }, { escalationLevel: { gt: 0 } }] }] };
      case 'dueToday':
        return { AND: [this.visibleTo(actor), { status: 'OPEN', dueAt: today() }] };
      case 'all':
        return this.visibleTo(actor);
    }
  }

  /**
   * A view made of branches that do not overlap (the queue: role, department, both; the escalations), so the
   * totals add up; the pages are merged. A branch is counted first (its own index, a bitmap scan); a short
   * one is read whole and sorted here, a long one in order with a limit. One query over the branches,
   * ordered by deadline, lets PostgreSQL walk the deadline index of every open task looking for rows that a
   * short view does not have (bench/inbox.ts).
   */
  async listInBranches(params: ListParams, branches: Prisma.TaskWhereInput[]) {
    const { skip, take, orderBy, where } = parseList(params, this.listSpec);
    const order = orderBy as Record<string, 'asc' | 'desc'>[];
    const sortFields = Object.fromEntries(order.map((clause) => [Object.keys(clause)[0], true])) as Prisma.TaskSelect;
    const parts = await Promise.all(
      branches.map(async (branch) => {
        const scoped: Prisma.TaskWhereInput = { AND: [branch, where] };
        const total = await this.prisma.task.count({ where: scoped });
        if (total === 0) return { keys: [], total };
        const keys =
          total <= SHORT_BRANCH
            ? await this.prisma.task.findMany({ where: scoped, select: { id: true, ...sortFields } })
            : await this.prisma.task.findMany({ where: scoped, select: { id: true, ...sortFields }, orderBy: orderBy as Prisma.TaskOrderByWithRelationInput[], take: skip + take });
        return { keys: keys as Record<string, unknown>[], total };
      }),
    );
    const ids = parts
      .flatMap((p) => p.keys)
      .sort(compareBy(order))
      .slice(skip, skip + take)
      .map((k) => k.id as number);
    const rows = ids.length ? await this.prisma.task.findMany({ where: { id: { in: ids } }, include }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const page = ids.map((id) => this.present(byId.get(id) as never));
    return { rows: await this.presentMany(page), total: parts.reduce((n, p) => n + p.total, 0), skip };
  }

  /** The disjoint parts of the queue and of the escalations (listInBranches). */
  branches(view: 'queue' | 'escalated', actor: Actor): Prisma.TaskWhereInput[] {
    if (view === 'escalated') return [escalatedTo(actor)];
    return queueBranches(actor).map((branch) => ({ status: 'OPEN', assigneeId: null, ...branch }));
  }

  async getVisible(id: number, actor: Actor) {
    const found = await this.prisma.task.findFirst({ where: { AND: [{ id }, this.visibleTo(actor)] }, select: { id: true } });
    if (!found) throw notFound('task', id);
    return this.get(id);
  }

  /** Actions go to the workflow, which answers 403 to anyone who is not a candidate or the assignee. */
  private async workflowOf(id: number): Promise<string> {
    return ((await this.get(id)) as { case: { workflowId: string } }).case.workflowId;
  }

  async claim(id: number, actor: Actor) {
    await sendUpdateWhenReady(this.temporal, await this.workflowOf(id), claimTask, { taskId: id, actor }, taskNotYetKnown);
    return this.get(id);
  }

  async unclaim(id: number, actor: Actor) {
    await sendUpdateWhenReady(this.temporal, await this.workflowOf(id), unclaimTask, { taskId: id, actor }, taskNotYetKnown);
    return this.get(id);
  }

  async complete(id: number, formData: Record<string, unknown>, actor: Actor) {
    await sendUpdateWhenReady(this.temporal, await this.workflowOf(id), completeTask, { taskId: id, formData, actor }, taskNotYetKnown);
    return this.get(id);
  }
}
