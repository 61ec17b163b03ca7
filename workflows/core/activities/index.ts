import type { Prisma, PrismaClient } from '../../../prisma/client';
import { closeDeadlines, fileDeadlines, refreshDueAt } from './deadlines';
import { createEscalationActivities, recordDeadlineOverride } from './escalation';
import { loadCalendar } from './policy-data';
import { createQueue, type QueueInput } from './queue';
import { createTaskNotices } from './task-notices';
import { appendTimeline } from './timeline';
import type { Starter } from '../starter';
import { keyed, type Candidate, type Deadline, type TaskSpec } from '../types';

// Where other processes' activities find them.
export { householdAddress, type QueueInput } from './queue';
export { loadCalendar, loadPolicy } from './policy-data';

export interface CoreActivityDeps {
  prisma: PrismaClient;
  /** Starts the deliveries of the notices of new work (the worker's client). */
  starter?: Starter;
  /** Where the back office answers: the notices of new work link to the task there. */
  backOfficeUrl?: string;
}

type Json = Prisma.InputJsonValue;

/**
 * The database side of the BPM core. Every write is idempotent: a retried activity finds its
 * row (task by case and key, timeline entry by key, message by idempotency key) and changes nothing twice.
 */
export const createCoreActivities = ({ prisma, starter, backOfficeUrl }: CoreActivityDeps) => {
  const queue = createQueue(prisma);
  const noticeOfArrival = createTaskNotices({ prisma, queue, starter, backOfficeUrl });

  return {
    async recordTimeline(input: { caseId: number; key: string; type: string; data: Record<string, unknown> }): Promise<void> {
      await appendTimeline(prisma, { caseId: input.caseId, key: input.key, type: input.type, data: input.data as Json });
    },

    /**
     * Opens the task once; its deadlines count from the moment it was first opened, and are filed one by one.
     * Then whoever it waits for is told as they chose (task-notices.ts), in this activity, so that no command
     * of a workflow changes; a channel an urgent task's `notifyOnOpen` already uses is not used twice.
     */
    async openTask(input: { caseId: number; spec: TaskSpec; timelineKey: string }): Promise<{ taskId: number; deadlines: number[] }> {
      const { caseId, spec } = input;
      const calendar = await loadCalendar(prisma);
      const named = keyed(spec.deadlines ?? []);
      const opened = await prisma.$transaction(async (tx) => {
        const existing = await tx.task.findUnique({ where: { caseId_key: { caseId, key: spec.key } } });
        const openedAt = existing?.createdAt ?? new Date();
        const task =
          existing ??
          (await tx.task.create({
            data: {
              caseId,
              key: spec.key,
              titleZh: spec.title.zh,
              titleEn: spec.title.en,
              candidateRole: spec.candidate.role ?? null,
              candidateDepartment: spec.candidate.department ?? null,
              assigneeId: spec.candidate.assigneeId ?? null,
              priority: spec.priority ?? 'NORMAL',
              form: (spec.form ?? []) as unknown as Json,
              createdAt: openedAt,
            },
          }));
        const filed = await fileDeadlines(tx, { taskId: task.id, caseId, from: openedAt.getTime(), deadlines: named, calendar });
        const dueAt = await refreshDueAt(tx, task.id);
        await appendTimeline(tx, {
          caseId,
          key: input.timelineKey,
          type: 'TASK_OPENED',
          taskId: task.id,
          at: openedAt,
          data: { key: spec.key, title: spec.title, candidate: spec.candidate, dueAt: dueAt?.toISOString() ?? null, deadlines: filed.described } as unknown as Json,
        });
        return { taskId: task.id, deadlines: filed.instants };
      });
      await noticeOfArrival(opened.taskId, { skip: spec.notifyOnOpen });
      return opened;
    },

    /** New deadlines for an open task, counted from now (a reclassified case): same names take the new times. */
    async rescheduleTask(input: { taskId: number; deadlines: Deadline[] }): Promise<number[]> {
      const calendar = await loadCalendar(prisma);
      const named = keyed(input.deadlines);
      return prisma.$transaction(async (tx) => {
        const task = await tx.task.findUniqueOrThrow({ where: { id: input.taskId } });
        const filed = await fileDeadlines(tx, { taskId: task.id, caseId: task.caseId, from: Date.now(), deadlines: named, calendar, replace: true });
        await refreshDueAt(tx, task.id);
        return filed.instants;
      });
    },

    async cancelTask(input: { taskId: number; reason: string; key: string }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const task = await tx.task.update({ where: { id: input.taskId }, data: { status: 'CANCELLED' } });
        await closeDeadlines(tx, { taskId: task.id }, 'CANCELLED');
        await appendTimeline(tx, {
          caseId: task.caseId,
          key: input.key,
          type: 'TASK_CANCELLED',
          taskId: task.id,
          data: { title: { zh: task.titleZh, en: task.titleEn }, reason: input.reason },
        });
      });
    },

    async recordClaim(input: { taskId: number; actorId: number; claimed: boolean; key: string }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const task = await tx.task.update({
          where: { id: input.taskId },
          data: input.claimed ? { assigneeId: input.actorId, claimedAt: new Date() } : { assigneeId: null, claimedAt: null },
        });
        await appendTimeline(tx, {
          caseId: task.caseId,
          key: input.key,
          type: input.claimed ? 'TASK_CLAIMED' : 'TASK_UNCLAIMED',
          taskId: task.id,
          actorId: input.actorId,
          data: { title: { zh: task.titleZh, en: task.titleEn } },
        });
      });
    },

    async recordCompletion(input: { taskId: number; actorId: number; formData: Record<string, unknown>; key: string }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const open = await tx.task.findUniqueOrThrow({ where: { id: input.taskId } });
        const task = await tx.task.update({
          where: { id: input.taskId },
          data: {
            status: 'COMPLETED',
            formData: input.formData as Json,
            completedById: input.actorId,
            completedAt: new Date(),
            assigneeId: open.assigneeId ?? input.actorId,
          },
        });
        await closeDeadlines(tx, { taskId: task.id }, 'MET');
        await appendTimeline(tx, {
          caseId: task.caseId,
          key: input.key,
          type: 'TASK_COMPLETED',
          taskId: task.id,
          actorId: input.actorId,
          data: { title: { zh: task.titleZh, en: task.titleEn }, formData: input.formData as Json },
        });
      });
    },

    async recordOverride(input: {
      caseId: number;
      taskId: number | null;
      action: string;
      reason: string;
      actorId: number;
      changes: Record<string, unknown>;
      key: string;
    }): Promise<void> {
      const { caseId, taskId, action, changes } = input;
      await prisma.$transaction(async (tx) => {
        if (taskId && (action === 'extendDeadline' || action === 'cancelEscalation')) {
          await recordDeadlineOverride(tx, { taskId, action, reason: input.reason, actorId: input.actorId, changes });
        }
        if (taskId && action === 'reassignTask') {
          const to = changes.to as Candidate;
          await tx.task.update({
            where: { id: taskId },
            data: { candidateRole: to.role ?? null, candidateDepartment: to.department ?? null, assigneeId: to.assigneeId ?? null, claimedAt: null },
          });
        }
        if (action === 'changePriority') {
          const priority = changes.priority as 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
          await tx.case.update({ where: { id: caseId }, data: { priority } });
          await tx.task.updateMany({ where: { caseId, status: 'OPEN' }, data: { priority } });
        }
        if (action === 'changeTier') await tx.case.update({ where: { id: caseId }, data: { tier: changes.tier as string } });
        await appendTimeline(tx, {
          caseId,
          key: input.key,
          type: 'OVERRIDE',
          taskId,
          actorId: input.actorId,
          data: { action, reason: input.reason, ...changes } as Json,
        });
      });
      // A reassigned task arrives for its new person or queue: told as they chose, except the manager who sent it.
      if (taskId && action === 'reassignTask') await noticeOfArrival(taskId, { except: input.actorId });
    },

    async closeCase(input: { caseId: number; reason: string; actorId: number | null; key: string }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.task.updateMany({ where: { caseId: input.caseId, status: 'OPEN' }, data: { status: 'CANCELLED' } });
        await closeDeadlines(tx, { caseId: input.caseId }, 'CANCELLED');
        await tx.case.updateMany({
          where: { id: input.caseId, status: 'OPEN' },
          data: { status: 'CLOSED', closedAt: new Date(), closeReason: input.reason },
        });
        await appendTimeline(tx, { caseId: input.caseId, key: input.key, type: 'CASE_CLOSED', actorId: input.actorId, data: { reason: input.reason } });
      });
    },

    queueMessage: (input: QueueInput) => queue(input),
    ...createEscalationActivities(prisma, queue, backOfficeUrl),
  };
};

export type CoreActivities = ReturnType<typeof createCoreActivities>;
