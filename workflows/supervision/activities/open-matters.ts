import type { PrismaClient } from '../../../prisma/client';
import { parseDuration } from '../../core/calendar';
import { ownerName } from '../owners';
import { ageBucket, processName, type SupervisionPolicy } from '../policy';

/** One unfinished matter of any process: a case still open, or a household file still out. */
export interface OpenMatter {
  process: string;
  processName: { zh: string; en: string };
  /** The case's id, or null for a file loan (which is not a case). */
  caseId: number | null;
  loanId: number | null;
  title: { zh: string; en: string };
  openedAt: string;
  ageDays: number;
  ageBucket: string;
  owner: { zh: string; en: string };
  ownerId: number | null;
  /** The earliest pending deadline of its open tasks (or the loan's due time). */
  dueAt: string | null;
  escalated: boolean;
  overdue: boolean;
}

const DAY = 86_400_000;

/**
 * REC-4: every open matter of every process, by age and owner, with what is overdue: the cases (complaints,
 * repairs, dunning ladders, home collections, reviews...) and the household files lent out (ARC-3).
 */
export async function openMatters(prisma: PrismaClient, policy: SupervisionPolicy, now = Date.now()): Promise<OpenMatter[]> {
  const stale = parseDuration(policy.staleAfter);
  const staleMs = stale.days * DAY + stale.ms;
  const [cases, loans] = await Promise.all([
    prisma.case.findMany({
      where: { status: 'OPEN' },
      orderBy: { openedAt: 'asc' },
      select: {
        id: true,
        process: true,
        titleZh: true,
        titleEn: true,
        openedAt: true,
        escalationLevel: true,
        tasks: {
          where: { status: 'OPEN' },
          orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }],
          select: { dueAt: true, escalationLevel: true, candidateRole: true, candidateDepartment: true, assignee: { select: { id: true, displayName: true } } },
        },
      },
    }),
    prisma.fileLoan.findMany({
      where: { status: { in: ['OUT', 'OVERDUE'] } },
      orderBy: { lentAt: 'asc' },
      include: { household: { select: { name: true } }, lentBy: { select: { id: true, displayName: true } } },
    }),
  ]);
  const age = (d: Date) => Math.max(0, Math.floor((now - d.getTime()) / DAY));
  const matters: OpenMatter[] = cases.map((c) => {
    const task = c.tasks[0];
    const dueAt = c.tasks.find((t) => t.dueAt)?.dueAt ?? null;
    const escalated = c.escalationLevel > 0 || c.tasks.some((t) => t.escalationLevel > 0);
    const late = dueAt ? dueAt.getTime() < now : c.openedAt.getTime() + staleMs < now;
    return {
      process: c.process,
      processName: processName(c.process),
      caseId: c.id,
      loanId: null,
      title: { zh: c.titleZh, en: c.titleEn },
      openedAt: c.openedAt.toISOString(),
      ageDays: age(c.openedAt),
      ageBucket: ageBucket(age(c.openedAt)),
      owner: ownerName({ name: task?.assignee?.displayName, role: task?.candidateRole, department: task?.candidateDepartment }),
      ownerId: task?.assignee?.id ?? null,
      dueAt: dueAt?.toISOString() ?? null,
      escalated,
      overdue: escalated || late,
    };
  });
  for (const loan of loans) {
    matters.push({
      process: 'file-loan',
      processName: processName('file-loan'),
      caseId: null,
      loanId: loan.id,
      title: { zh: `${loan.household.name} 的档案借给 ${loan.borrower}`, en: `File of ${loan.household.name} lent to ${loan.borrower}` },
      openedAt: loan.lentAt.toISOString(),
      ageDays: age(loan.lentAt),
      ageBucket: ageBucket(age(loan.lentAt)),
      owner: ownerName({ name: loan.lentBy.displayName }),
      ownerId: loan.lentBy.id,
      dueAt: loan.dueAt.toISOString(),
      escalated: false,
      overdue: loan.status === 'OVERDUE' || loan.dueAt.getTime() < now,
    });
  }
  return matters;
}
