import { Context } from '@temporalio/activity';
import { Prisma } from '../../../prisma/client';
import { arrearsOf, localToday } from '../../../apps/common/ledger';
import { loadCalendar, loadPolicy } from '../../core/activities';
import type { DunningActivityDeps } from '.';
import { DEFAULT_DUNNING_POLICY, type DunningPolicy } from '../policy';

const PAGE = 200;

/** Workflow id of a household's ladder: one per household and first unpaid bill, so a sweep never opens two. */
export const dunningWorkflowId = (householdId: number, billId: number) => `dunning-${householdId}-${billId}`;

/** How ladders open: the daily sweep starts them, and each one files its ladder and case. */
export const createOpeningActivities = ({ prisma, starter }: DunningActivityDeps) => ({
  /** The daily sweep: every household with an overdue bill and no open ladder gets one. */
  async startLadders(input: { afterHouseholdId: number; householdIds?: number[] }): Promise<{ last: number | null; started: number }> {
    const today = localToday(Date.now(), (await loadCalendar(prisma)).utcOffsetMinutes);
    const only = input.householdIds?.length ? input.householdIds : null;
    if (input.afterHouseholdId === 0 && !only) {
      // Bills fall due every month: the overdue list's amounts and ages follow, for ladders already open.
      await prisma.$executeRaw`
        UPDATE "DunningLadder" l SET "overdueAmount" = x.amount, "oldestDueDate" = x.oldest
        FROM (SELECT "householdId", SUM(amount - paid - waived) AS amount, MIN("dueDate") AS oldest
              FROM "Bill" WHERE status = 'OPEN' AND "dueDate" < ${today} GROUP BY "householdId") x
        WHERE l.status <> 'STOPPED' AND l."householdId" = x."householdId"`;
    }
    const rows = await prisma.$queryRaw<{ householdId: number; billId: number }[]>`
      SELECT b."householdId", (array_agg(b.id ORDER BY b."dueDate", b.id))[1] AS "billId"
      FROM "Bill" b
      WHERE b.status = 'OPEN' AND b."dueDate" < ${today} AND b."householdId" > ${input.afterHouseholdId}
        AND (${only}::int[] IS NULL OR b."householdId" = ANY(${only}::int[]))
        AND NOT EXISTS (SELECT 1 FROM "DunningLadder" l WHERE l."householdId" = b."householdId" AND l.status <> 'STOPPED')
      GROUP BY b."householdId" ORDER BY b."householdId" LIMIT ${PAGE}`;
    let started = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < rows.length) {
          const row = rows[next++];
          const id = dunningWorkflowId(row.householdId, row.billId);
          if (await starter.start('dunningWorkflow', id, [{ householdId: row.householdId, delivery: starter.delivery }])) started++;
          if (started % 50 === 0) Context.current().heartbeat(started);
        }
      }),
    );
    return { last: rows.length < PAGE ? null : rows[rows.length - 1].householdId, started };
  },

  /** Files the ladder and its case (once per workflow), with the dunning policy in force now. */
  async openLadder(input: { householdId: number }): Promise<{ caseId: number; ladderId: number; policy: DunningPolicy } | null> {
    const { workflowId } = Context.current().info.workflowExecution!;
    const policy = await loadPolicy(prisma, 'dunning', DEFAULT_DUNNING_POLICY);
    const existing = await prisma.dunningLadder.findUnique({ where: { workflowId } });
    if (existing) return { caseId: existing.caseId, ladderId: existing.id, policy: policy.data };
    const arrears = await arrearsOf(prisma, input.householdId);
    if (arrears.overdue <= 0 || !arrears.oldestDueDate) return null;
    const household = await prisma.household.findUniqueOrThrow({ where: { id: input.householdId }, include: { unit: true } });
    try {
      return await prisma.$transaction(async (tx) => {
        const kase = await tx.case.create({
          data: {
            process: 'dunning',
            workflowId,
            titleZh: `欠费催缴：${household.name}（${household.unit.number}）`,
            titleEn: `Arrears: ${household.name} (${household.unit.number})`,
            householdId: household.id,
            policyKey: 'dunning',
            policyVersion: policy.version,
          },
        });
        const ladder = await tx.dunningLadder.create({
          data: {
            householdId: household.id,
            caseId: kase.id,
            workflowId,
            overdueAmount: arrears.overdue,
            oldestDueDate: new Date(arrears.oldestDueDate!),
          },
        });
        await tx.timelineEntry.create({
          data: {
            key: `${workflowId}:started`,
            caseId: kase.id,
            type: 'LADDER_STARTED',
            data: { overdueAmount: arrears.overdue, oldestDueDate: arrears.oldestDueDate, periods: arrears.periods },
          },
        });
        return { caseId: kase.id, ladderId: ladder.id, policy: policy.data };
      });
    } catch (error) {
      // Another ladder of this household is open (one open ladder per household): this one does not start.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null;
      throw error;
    }
  },
});
