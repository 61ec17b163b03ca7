import type { Prisma, PrismaClient } from '../../../prisma/client';
import { nextDeadlineLine } from '../../outbox/templates';
import { localDay } from '../calendar';
import type { Candidate } from '../types';
import { fileDeadlines, refreshDueAt, type NamedDeadline } from './deadlines';
import { loadCalendar } from './policy-data';
import type { QueueInput } from './queue';
import { DEFAULT_BACK_OFFICE_URL, taskLink } from './task-notices';
import { appendTimeline } from './timeline';

type Json = Prisma.InputJsonValue;
type Queue = (input: QueueInput) => Promise<number>;


/** "2026-11-30 17:30", in the estate's time. */
const localTime = (at: Date, utcOffsetMinutes: number) =>
  `${localDay(at.getTime(), { utcOffsetMinutes })} ${new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(11, 16)}`;

/** The staff a candidate names: one person, or everyone active of the role and/or department. */
const staffOf = (who: Candidate): Prisma.StaffWhereInput =>
  who.assigneeId !== undefined && who.assigneeId !== null
    ? { id: who.assigneeId, active: true }
    : { active: true, ...(who.role ? { role: who.role } : {}), ...(who.department ? { department: who.department } : {}) };

/** A manager moved or removed one deadline: the row says when, by whom and why; the task's due time follows. */
export async function recordDeadlineOverride(
  tx: Prisma.TransactionClient,
  input: { taskId: number; action: string; reason: string; actorId: number; changes: Record<string, unknown> },
): Promise<void> {
  const { taskId, changes } = input;
  const moved = { movedAt: new Date(), movedById: input.actorId, moveReason: input.reason };
  const key = changes.deadlineKey as string | undefined;
  if (input.action === 'extendDeadline') {
    if (key) {
      await tx.taskDeadline.updateMany({ where: { taskId, key }, data: { dueAt: new Date(changes.dueAt as string), ...moved } });
    } else {
      // Cases started before deadlines moved one at a time: every pending one moved by the same time.
      const delta = Date.parse(changes.dueAt as string) - Date.parse(changes.from as string);
      for (const row of await tx.taskDeadline.findMany({ where: { taskId, status: 'PENDING' } })) {
        await tx.taskDeadline.update({ where: { id: row.id }, data: { dueAt: new Date(row.dueAt.getTime() + delta), ...moved } });
      }
    }
  } else {
    const where = key ? { taskId, key } : { taskId, status: 'PENDING' as const, dueAt: new Date(changes.cancelledDueAt as string) };
    await tx.taskDeadline.updateMany({ where, data: { status: 'CANCELLED', ...moved } });
  }
  await refreshDueAt(tx, taskId);
}

/**
 * The escalation activities. `backOfficeUrl` is where staff open the back office: each escalation notice links
 * to its task there (the worker passes BACK_OFFICE_URL).
 */
export const createEscalationActivities = (prisma: PrismaClient, queue: Queue, backOfficeUrl = DEFAULT_BACK_OFFICE_URL) => ({
  /**
   * A missed deadline brings the next level in: the deadline is marked missed, the task keeps its
   * candidate and assignee and records the level brought in, a follow-up deadline is filed (a retry
   * finds it), and the level brought in and whoever holds the task are told by e-mail.
   */
  async bringInNextLevel(input: {
    caseId: number;
    taskId: number;
    level: number;
    missed: { key: string; at: string };
    watcher: Candidate | null;
    notify: boolean;
    followUp: NamedDeadline;
    keys: { missed: string; escalated: string };
  }): Promise<{ followUpAt: number; messageIds: number[] }> {
    const { caseId, taskId, level, watcher } = input;
    const calendar = await loadCalendar(prisma);
    const { task, followUpAt, missed } = await prisma.$transaction(async (tx) => {
      const before = await tx.task.findUniqueOrThrow({ where: { id: taskId } });
      const missedRow = await tx.taskDeadline.findUnique({ where: { taskId_key: { taskId, key: input.missed.key } } });
      if (missedRow?.status === 'PENDING') await tx.taskDeadline.update({ where: { id: missedRow.id }, data: { status: 'MISSED', missedAt: new Date() } });
      const filed = await tx.taskDeadline.findUnique({ where: { taskId_key: { taskId, key: input.followUp.key } } });
      const followUp = filed
        ? { at: filed.dueAt.getTime(), described: { key: filed.key, label: { zh: filed.labelZh, en: filed.labelEn }, dueAt: filed.dueAt.toISOString(), basis: filed.basis } }
        : await fileDeadlines(tx, { taskId, caseId, from: Date.now(), deadlines: [input.followUp], calendar }).then((r) => ({ at: r.instants[0], described: r.described[0] }));
      await tx.task.update({
        where: { id: taskId },
        data: { escalationLevel: level, ...(watcher ? { escalatedRole: watcher.role ?? null, escalatedDepartment: watcher.department ?? null } : {}) },
      });
      await refreshDueAt(tx, taskId);
      await tx.case.updateMany({ where: { id: caseId, escalationLevel: { lt: level } }, data: { escalationLevel: level } });
      const title = { zh: before.titleZh, en: before.titleEn };
      const label = missedRow ? { zh: missedRow.labelZh, en: missedRow.labelEn } : null;
      await appendTimeline(
        tx,
        { caseId, key: input.keys.missed, type: 'DEADLINE_MISSED', taskId, data: { title, key: input.missed.key, label, dueAt: input.missed.at } as Json },
        {
          caseId,
          key: input.keys.escalated,
          type: 'ESCALATED',
          taskId,
          data: {
            title,
            level,
            broughtIn: watcher,
            stays: { role: before.candidateRole, department: before.candidateDepartment, assigneeId: before.assigneeId },
            followUp: followUp.described,
            nextDueAt: new Date(followUp.at).toISOString(),
          } as unknown as Json,
        },
      );
      return { task: before, followUpAt: followUp.at, missed: label };
    });
    if (!input.notify) return { followUpAt, messageIds: [] };

    const holder: Candidate = task.assigneeId ? { assigneeId: task.assigneeId } : { role: task.candidateRole ?? undefined, department: task.candidateDepartment ?? undefined };
    const people = await prisma.staff.findMany({ where: { email: { not: null }, OR: [staffOf(holder), ...(watcher ? [staffOf(watcher)] : [])] } });
    const messageIds: number[] = [];
    for (const person of people) {
      const en = person.language === 'en';
      messageIds.push(
        await queue({
          caseId,
          idempotencyKey: `${input.keys.escalated}:notify:${person.id}`,
          channel: 'EMAIL',
          to: { staffId: person.id },
          template: 'task-followed-up',
          params: {
            task: en ? task.titleEn : task.titleZh,
            deadline: (en ? missed?.en : missed?.zh) ?? (en ? 'Deadline' : '期限'),
            level,
            caseId,
            dueAt: localTime(new Date(followUpAt), calendar.utcOffsetMinutes),
            link: taskLink(backOfficeUrl, taskId),
          },
          timelineKey: `${input.keys.escalated}:queued:${person.id}`,
        }),
      );
    }
    return { followUpAt, messageIds };
  },

  /** Tells a task's candidates at once, by each channel asked for where they have an address. */
  async notifyCandidates(input: { caseId: number; taskId: number; channels: ('SMS' | 'EMAIL')[]; key: string }): Promise<number[]> {
    const task = await prisma.task.findUniqueOrThrow({ where: { id: input.taskId }, include: { case: true } });
    const calendar = await loadCalendar(prisma);
    const who: Candidate = task.assigneeId ? { assigneeId: task.assigneeId } : { role: task.candidateRole ?? undefined, department: task.candidateDepartment ?? undefined };
    const people = await prisma.staff.findMany({ where: staffOf(who), orderBy: { id: 'asc' } });
    const ids: number[] = [];
    for (const person of people) {
      for (const channel of input.channels) {
        if (!(channel === 'EMAIL' ? person.email : person.phone)) continue;
        const en = person.language === 'en';
        ids.push(
          await queue({
            caseId: input.caseId,
            idempotencyKey: `${input.key}:${channel}:${person.id}`,
            channel,
            to: { staffId: person.id },
            template: 'task-arrived-urgent',
            params: { task: en ? task.titleEn : task.titleZh, case: en ? task.case.titleEn : task.case.titleZh, caseId: input.caseId, dueAt: task.dueAt ? localTime(task.dueAt, calendar.utcOffsetMinutes) : en ? 'none' : '无' },
            timelineKey: `${input.key}:${channel}:${person.id}`,
          }),
        );
      }
    }
    return ids;
  },

    /** Cases started before `escalation-brings-next-level-in`: the task moved up the chain and lost its deadline. */
    async escalateTask(input: {
      caseId: number;
      taskId: number;
      level: number;
      missedAt: string;
      candidate?: Candidate;
      notify: boolean;
      nextDueAt: string | null;
      keys: { missed: string; escalated: string };
    }): Promise<number[]> {
      const { caseId, taskId, level, candidate } = input;
      const before = await prisma.task.findUniqueOrThrow({ where: { id: taskId } });
      await prisma.taskDeadline.updateMany({ where: { taskId, status: 'PENDING', dueAt: new Date(input.missedAt) }, data: { status: 'MISSED', missedAt: new Date() } });
      const title = { zh: before.titleZh, en: before.titleEn };
      // One round of single statements: escalations come in bursts when many deadlines fall together.
      const [task] = await prisma.$transaction([
        prisma.task.update({
          where: { id: taskId },
          data: {
            escalationLevel: level,
            dueAt: input.nextDueAt ? new Date(input.nextDueAt) : null,
            ...(candidate
              ? {
                  candidateRole: candidate.role ?? null,
                  candidateDepartment: candidate.department ?? null,
                  assigneeId: candidate.assigneeId ?? null,
                  claimedAt: null,
                }
              : {}),
          },
        }),
        prisma.case.updateMany({ where: { id: caseId, escalationLevel: { lt: level } }, data: { escalationLevel: level } }),
        appendTimeline(
          prisma,
          { caseId, key: input.keys.missed, type: 'DEADLINE_MISSED', taskId, data: { title, dueAt: input.missedAt } },
          {
            caseId,
            key: input.keys.escalated,
            type: 'ESCALATED',
            taskId,
            data: {
              title,
              level,
              from: { role: before.candidateRole, department: before.candidateDepartment, assigneeId: before.assigneeId },
              to: candidate ? { role: candidate.role ?? null, department: candidate.department ?? null, assigneeId: candidate.assigneeId ?? null } : null,
              nextDueAt: input.nextDueAt,
            } as Json,
          },
        ),
      ]);
      if (!input.notify) return [];

      const staff = await prisma.staff.findMany({
        where: {
          active: true,
          email: { not: null },
          ...(task.assigneeId
            ? { id: task.assigneeId }
            : { ...(task.candidateRole ? { role: task.candidateRole } : {}), ...(task.candidateDepartment ? { department: task.candidateDepartment } : {}) }),
        },
      });
      const calendar = await loadCalendar(prisma);
      const dueAt = task.dueAt ? localTime(task.dueAt, calendar.utcOffsetMinutes) : null;
      const ids: number[] = [];
      for (const person of staff) {
        const language = person.language === 'en' ? 'en' : 'zh';
        ids.push(
          await queue({
            caseId,
            idempotencyKey: `${input.keys.escalated}:notify:${person.id}`,
            channel: 'EMAIL',
            to: { staffId: person.id },
            template: 'task-escalated',
            params: { task: language === 'en' ? task.titleEn : task.titleZh, level, caseId, next: nextDeadlineLine(language, dueAt), link: taskLink(backOfficeUrl, taskId) },
            timelineKey: `${input.keys.escalated}:queued:${person.id}`,
          }),
        );
      }
      return ids;
    },
});
