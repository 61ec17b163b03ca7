import type { PrismaClient } from '../../../prisma/client';
import type { DeliveryPolicy } from '../../core/case';
import { isWorkingDay, localDay } from '../../core/calendar';
import { loadCalendar, loadPolicy } from '../../core/activities';
import { DEFAULT_SUPERVISION_POLICY, reviewRequestId, type SupervisionPolicy } from '../policy';

/** The front-desk records of one local day: the cases opened that day and, where the log is kept, its entries. */
export async function frontDeskRecords(prisma: PrismaClient, day: string, utcOffsetMinutes: number) {
  const start = new Date(Date.parse(`${day}T00:00:00Z`) - utcOffsetMinutes * 60_000);
  const end = new Date(start.getTime() + 86_400_000);
  const cases = await prisma.case.findMany({
    where: { openedAt: { gte: start, lt: end }, process: { not: 'front-desk-review' } },
    orderBy: { openedAt: 'asc' },
    select: { id: true, process: true, titleZh: true, titleEn: true, openedAt: true, status: true, householdId: true },
  });
  // The reception log (REC-1) is a table of its own once it exists; the review reads it when it is there.
  const [{ present }] = await prisma.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('"ReceptionEntry"') IS NOT NULL AS present`;
  const entries = present
    ? await prisma.$queryRaw<{ id: number; kind: string; channel: string; receivedAt: Date; residentName: string; content: string; caseId: number | null }[]>`
        SELECT id, kind::text AS kind, channel::text AS channel, "receivedAt", "residentName", content, "caseId"
        FROM "ReceptionEntry" WHERE "receivedAt" >= ${start} AND "receivedAt" < ${end} ORDER BY "receivedAt"`
    : null;
  return { day, from: start.toISOString(), to: end.toISOString(), cases, entries };
}

export interface OpenedReview {
  caseId: number;
  day: string;
  policy: SupervisionPolicy;
  delivery: DeliveryPolicy;
  cases: number;
  entries: number | null;
}

export const createReviewActivities = ({ prisma, delivery }: { prisma: PrismaClient; delivery: DeliveryPolicy }) => ({
  /**
   * REC-4: files the day's review as a case of its own, on a working day only, once per day (a run by hand
   * and the Schedule make one review). Null when there is nothing to review: a day off, or a review of the
   * day already opened by another run. A retry of the same run finds its case.
   */
  async openFrontDeskReview(input: { workflowId: string; day?: string }): Promise<OpenedReview | null> {
    const calendar = await loadCalendar(prisma);
    const day = input.day ?? localDay(Date.now(), calendar);
    const midnight = Date.parse(`${day}T00:00:00Z`) - calendar.utcOffsetMinutes * 60_000;
    if (!isWorkingDay(midnight, calendar)) return null;
    const requestId = reviewRequestId(day);
    let kase = await prisma.case.findUnique({ where: { requestId } });
    let policy: { version: number; data: SupervisionPolicy };
    if (kase) {
      if (kase.workflowId !== input.workflowId) return null;
      policy = { version: kase.policyVersion, data: (await loadPolicyVersion(prisma, kase.policyVersion)) ?? DEFAULT_SUPERVISION_POLICY };
    } else {
      policy = await loadPolicy(prisma, 'supervision', DEFAULT_SUPERVISION_POLICY);
      kase = await prisma.case
        .create({
          data: {
            process: 'front-desk-review',
            workflowId: input.workflowId,
            titleZh: `审阅 ${day} 前台接待记录`,
            titleEn: `Review the front-desk records of ${day}`,
            policyKey: 'supervision',
            policyVersion: policy.version,
            requestId,
          },
        })
        .catch(async (error: unknown) => {
          // Two runs at the same moment: the unique request id lets one in.
          const other = await prisma.case.findUnique({ where: { requestId } });
          if (!other) throw error;
          return other;
        });
      if (kase.workflowId !== input.workflowId) return null;
    }
    const records = await frontDeskRecords(prisma, day, calendar.utcOffsetMinutes);
    return { caseId: kase.id, day, policy: policy.data, delivery, cases: records.cases.length, entries: records.entries?.length ?? null };
  },
});

async function loadPolicyVersion(prisma: PrismaClient, version: number): Promise<SupervisionPolicy | null> {
  const row = await prisma.policy.findFirst({ where: { key: 'supervision', version } });
  return (row?.data as unknown as SupervisionPolicy | undefined) ?? null;
}
