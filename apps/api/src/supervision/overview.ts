import { Injectable } from '@nestjs/common';
import { Prisma } from '../../../../prisma/client';
import { loadCalendar, loadPolicy } from '../../../../workflows/core/activities';
import { localDay, parseDuration } from '../../../../workflows/core/calendar';
import { frontDeskRecords } from '../../../../workflows/supervision/activities';
import { ownerName } from '../../../../workflows/supervision/owners';
import { AGE_BUCKETS, DEFAULT_SUPERVISION_POLICY, processName } from '../../../../workflows/supervision/policy';
import type { Actor } from '../../../../workflows/core/types';
import { PrismaService } from '../database/prisma.service';
import { TasksService } from '../tasks/tasks';

const n = (v: bigint | number | null) => Number(v ?? 0);

/**
 * The page to start the day on (REC-4): open work of every process by age and owner, what is overdue or
 * escalated today, today's new cases. Counted in the database, so it stays quick however much is open.
 */
@Injectable()
export class SupervisionOverview {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tasks: TasksService,
  ) {}

  async overview(now = Date.now()) {
    const calendar = await loadCalendar(this.prisma);
    const policy = (await loadPolicy(this.prisma, 'supervision', DEFAULT_SUPERVISION_POLICY)).data;
    const stale = parseDuration(policy.staleAfter);
    const staleDays = stale.days + stale.ms / 86_400_000;
    const today = localDay(now, calendar);
    const dayStart = new Date(Date.parse(`${today}T00:00:00Z`) - calendar.utcOffsetMinutes * 60_000);
    const at = new Date(now);
    const edges = AGE_BUCKETS.filter((b) => Number.isFinite(b.max)).map((b) => b.max);
    const bucketSql = Prisma.sql`CASE ${Prisma.join(
      edges.map((max, i) => Prisma.sql`WHEN age <= ${max} THEN ${AGE_BUCKETS[i].key}`),
      ' ',
    )} ELSE ${AGE_BUCKETS[AGE_BUCKETS.length - 1].key} END`;

    const [byAge, overdue, owners, opened, escalatedToday, loans] = await Promise.all([
      this.prisma.$queryRaw<{ process: string; bucket: string; count: bigint }[]>`
        SELECT process, ${bucketSql} AS bucket, count(*) AS count FROM (
          SELECT process, floor(extract(epoch FROM (${at}::timestamp - "openedAt")) / 86400) AS age FROM "Case" WHERE status = 'OPEN'
        ) open GROUP BY 1, 2`,
      // A case is overdue when an open task of it is past its deadline or escalated; one with no deadline, when stale.
      this.prisma.$queryRaw<{ process: string; count: bigint; escalated: bigint }[]>`
        SELECT c.process, count(*) AS count, count(*) FILTER (WHERE c."escalationLevel" > 0 OR EXISTS (
            SELECT 1 FROM "Task" e WHERE e."caseId" = c.id AND e.status = 'OPEN' AND e."escalationLevel" > 0)) AS escalated
        FROM "Case" c WHERE c.status = 'OPEN' AND (c."escalationLevel" > 0 OR EXISTS (
          SELECT 1 FROM "Task" t WHERE t."caseId" = c.id AND t.status = 'OPEN' AND (t."dueAt" < ${at} OR t."escalationLevel" > 0))
          OR (NOT EXISTS (SELECT 1 FROM "Task" d WHERE d."caseId" = c.id AND d.status = 'OPEN' AND d."dueAt" IS NOT NULL)
              AND c."openedAt" < ${at}::timestamp - make_interval(secs => ${staleDays * 86400})))
        GROUP BY 1`,
      this.prisma.$queryRaw<{ assigneeId: number | null; name: string | null; role: string | null; department: string | null; count: bigint; overdue: bigint }[]>`
        SELECT t."assigneeId", s."displayName" AS name, CASE WHEN t."assigneeId" IS NULL THEN t."candidateRole"::text END AS role,
               CASE WHEN t."assigneeId" IS NULL THEN t."candidateDepartment"::text END AS department,
               count(*) AS count, count(*) FILTER (WHERE t."dueAt" < ${at} OR t."escalationLevel" > 0) AS overdue
        FROM "Task" t LEFT JOIN "Staff" s ON s.id = t."assigneeId"
        WHERE t.status = 'OPEN' GROUP BY 1, 2, 3, 4 ORDER BY count(*) DESC LIMIT 15`,
      this.prisma.$queryRaw<{ process: string; count: bigint }[]>`
        SELECT process, count(*) AS count FROM "Case" WHERE "openedAt" >= ${dayStart} AND process <> 'front-desk-review' GROUP BY 1`,
      this.prisma.taskDeadline.findMany({
        where: { status: 'MISSED', missedAt: { gte: dayStart } },
        orderBy: { missedAt: 'desc' },
        take: 20,
        select: { caseId: true, labelZh: true, labelEn: true, missedAt: true, task: { select: { id: true, titleZh: true, titleEn: true, escalationLevel: true, status: true } } },
      }),
      this.prisma.fileLoan.findMany({ where: { status: { in: ['OUT', 'OVERDUE'] } }, select: { lentAt: true, dueAt: true, status: true } }),
    ]);
    const escalatedCount = await this.prisma.taskDeadline.count({ where: { status: 'MISSED', missedAt: { gte: dayStart } } });
    const receptionToday = await this.prisma.receptionEntry.count({ where: { receivedAt: { gte: dayStart } } });

    const processes = new Map<string, { process: string; name: { zh: string; en: string }; open: number; overdue: number; escalated: number; openedToday: number; byAge: Record<string, number> }>();
    const of = (process: string) => {
      let p = processes.get(process);
      if (!p) {
        p = { process, name: processName(process), open: 0, overdue: 0, escalated: 0, openedToday: 0, byAge: Object.fromEntries(AGE_BUCKETS.map((b) => [b.key, 0])) };
        processes.set(process, p);
      }
      return p;
    };
    for (const row of byAge) {
      of(row.process).open += n(row.count);
      of(row.process).byAge[row.bucket] += n(row.count);
    }
    for (const row of overdue) Object.assign(of(row.process), { overdue: n(row.count), escalated: n(row.escalated) });
    for (const row of opened) of(row.process).openedToday = n(row.count);
    for (const loan of loans) {
      const p = of('file-loan');
      const age = Math.floor((now - loan.lentAt.getTime()) / 86_400_000);
      p.open++;
      p.byAge[AGE_BUCKETS.find((b) => age <= b.max)!.key]++;
      if (loan.status === 'OVERDUE' || loan.dueAt.getTime() < now) p.overdue++;
    }
    const list = [...processes.values()].sort((a, b) => b.open - a.open);
    return {
      today,
      totals: {
        open: list.reduce((s, p) => s + p.open, 0),
        overdue: list.reduce((s, p) => s + p.overdue, 0),
        escalatedToday: escalatedCount,
        openedToday: list.reduce((s, p) => s + p.openedToday, 0),
        receptionToday,
      },
      ageBuckets: AGE_BUCKETS.map((b) => b.key),
      processes: list,
      owners: owners.map((o) => ({
        assigneeId: o.assigneeId,
        role: o.role,
        department: o.department,
        owner: ownerName({ name: o.name, role: o.role, department: o.department }),
        open: n(o.count),
        overdue: n(o.overdue),
      })),
      escalatedToday: escalatedToday.map((d) => ({
        caseId: d.caseId,
        taskId: d.task.id,
        task: { zh: d.task.titleZh, en: d.task.titleEn },
        deadline: { zh: d.labelZh, en: d.labelEn },
        missedAt: d.missedAt?.toISOString() ?? null,
        level: d.task.escalationLevel,
        open: d.task.status === 'OPEN',
      })),
    };
  }

  /** What waits for a staff member (the menu's count): their own tasks, their queue, what escalated to them. */
  async waiting(actor: Actor) {
    const count = (view: 'mine' | 'queue' | 'escalated' | 'overdue') => this.prisma.task.count({ where: this.tasks.scope(view, actor) });
    const [mine, queue, escalated, overdue] = await Promise.all([count('mine'), count('queue'), count('escalated'), count('overdue')]);
    return { mine, queue, escalated, overdue, total: mine + queue + escalated };
  }

  async frontDesk(day: string) {
    const calendar = await loadCalendar(this.prisma);
    const records = await frontDeskRecords(this.prisma, day, calendar.utcOffsetMinutes);
    const review = await this.prisma.case.findUnique({
      where: { requestId: `front-desk-review:${day}` },
      select: { id: true, status: true, closedAt: true, tasks: { select: { id: true, status: true, formData: true, completedAt: true, escalationLevel: true, completedBy: { select: { id: true, displayName: true } } } } },
    });
    return { ...records, cases: records.cases.map((c) => ({ ...c, processName: processName(c.process) })), review };
  }
}
