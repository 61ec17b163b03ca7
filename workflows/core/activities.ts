import { ApplicationFailure } from '@temporalio/activity';
import type { Channel, Prisma, PrismaClient } from '../../prisma/client';
import { DEFAULT_CALENDAR, resolveDue, type BusinessCalendar } from './calendar';
import type { Candidate, Deadline, TaskSpec } from './types';
import { renderTemplate } from '../outbox/templates';

export interface CoreActivityDeps {
  prisma: PrismaClient;
}

type Json = Prisma.InputJsonValue;

/** The business calendar in force: the latest `calendar` policy plus the calendar days on record. */
export async function loadCalendar(prisma: PrismaClient): Promise<BusinessCalendar> {
  const [policy, days] = await Promise.all([
    prisma.policy.findFirst({ where: { key: 'calendar' }, orderBy: { version: 'desc' } }),
    prisma.calendarDay.findMany(),
  ]);
  const base = { ...DEFAULT_CALENDAR, ...((policy?.data as Partial<BusinessCalendar> | undefined) ?? {}) };
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    ...base,
    holidays: days.filter((d) => !d.workday).map((d) => iso(d.date)),
    extraWorkdays: days.filter((d) => d.workday).map((d) => iso(d.date)),
  };
}

/** The version of a policy in force now: the latest saved one, or the process's defaults (version 0). */
export async function loadPolicy<T>(prisma: PrismaClient, key: string, defaults: T): Promise<{ version: number; data: T }> {
  const saved = await prisma.policy.findFirst({ where: { key }, orderBy: { version: 'desc' } });
  return saved ? { version: saved.version, data: { ...defaults, ...(saved.data as object) } as T } : { version: 0, data: defaults };
}

/**
 * The database side of the BPM core. Every write is idempotent: a retried activity finds its
 * row (task by case and key, timeline entry by key, message by idempotency key) and changes nothing twice.
 */
export const createCoreActivities = ({ prisma }: CoreActivityDeps) => {
  /** Appends timeline entries; one already written (same key, a retried activity) is left as it is. */
  const timeline = (tx: Prisma.TransactionClient | PrismaClient, ...entries: Prisma.TimelineEntryCreateManyInput[]) =>
    tx.timelineEntry.createMany({ data: entries, skipDuplicates: true });

  return {
    async recordTimeline(input: { caseId: number; key: string; type: string; data: Record<string, unknown> }): Promise<void> {
      await timeline(prisma, { caseId: input.caseId, key: input.key, type: input.type, data: input.data as Json });
    },

    /** Opens the task once; its deadlines count from the moment it was first opened. */
    async openTask(input: { caseId: number; spec: TaskSpec; timelineKey: string }): Promise<{ taskId: number; deadlines: number[] }> {
      const { caseId, spec } = input;
      const calendar = await loadCalendar(prisma);
      return prisma.$transaction(async (tx) => {
        const existing = await tx.task.findUnique({ where: { caseId_key: { caseId, key: spec.key } } });
        const openedAt = existing?.createdAt ?? new Date();
        const deadlines = (spec.deadlines ?? []).map((d) => resolveDue(openedAt.getTime(), d.due, calendar));
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
              dueAt: deadlines.length ? new Date(deadlines[0]) : null,
              form: (spec.form ?? []) as unknown as Json,
              createdAt: openedAt,
            },
          }));
        await timeline(tx, {
          caseId,
          key: input.timelineKey,
          type: 'TASK_OPENED',
          taskId: task.id,
          at: openedAt,
          data: { key: spec.key, title: spec.title, candidate: spec.candidate, dueAt: task.dueAt?.toISOString() ?? null } as unknown as Json,
        });
        return { taskId: task.id, deadlines };
      });
    },

    /** New deadlines for an open task, counted from now (a reclassified case). */
    async rescheduleTask(input: { taskId: number; deadlines: Deadline[] }): Promise<number[]> {
      const calendar = await loadCalendar(prisma);
      const now = Date.now();
      const instants = input.deadlines.map((d) => resolveDue(now, d.due, calendar));
      await prisma.task.update({ where: { id: input.taskId }, data: { dueAt: instants.length ? new Date(instants[0]) : null } });
      return instants;
    },

    async cancelTask(input: { taskId: number; reason: string; key: string }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const task = await tx.task.update({ where: { id: input.taskId }, data: { status: 'CANCELLED' } });
        await timeline(tx, {
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
        await timeline(tx, {
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
        await timeline(tx, {
          caseId: task.caseId,
          key: input.key,
          type: 'TASK_COMPLETED',
          taskId: task.id,
          actorId: input.actorId,
          data: { title: { zh: task.titleZh, en: task.titleEn }, formData: input.formData as Json },
        });
      });
    },

    /** A missed deadline: the level rises, the task may move up the chain, staff may be notified. */
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
        timeline(
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
      const ids: number[] = [];
      for (const person of staff) {
        ids.push(
          await queue({
            caseId,
            idempotencyKey: `${input.keys.escalated}:notify:${person.id}`,
            channel: 'EMAIL',
            to: { staffId: person.id },
            template: 'task-escalated',
            params: { task: person.language === 'en' ? task.titleEn : task.titleZh, level, caseId, dueAt: task.dueAt?.toISOString() ?? '-' },
            timelineKey: `${input.keys.escalated}:queued:${person.id}`,
          }),
        );
      }
      return ids;
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
          await tx.task.update({ where: { id: taskId }, data: { dueAt: changes.dueAt ? new Date(changes.dueAt as string) : null } });
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
        await timeline(tx, {
          caseId,
          key: input.key,
          type: 'OVERRIDE',
          taskId,
          actorId: input.actorId,
          data: { action, reason: input.reason, ...changes } as Json,
        });
      });
    },

    async closeCase(input: { caseId: number; reason: string; actorId: number | null; key: string }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.task.updateMany({ where: { caseId: input.caseId, status: 'OPEN' }, data: { status: 'CANCELLED' } });
        await tx.case.updateMany({
          where: { id: input.caseId, status: 'OPEN' },
          data: { status: 'CLOSED', closedAt: new Date(), closeReason: input.reason },
        });
        await timeline(tx, { caseId: input.caseId, key: input.key, type: 'CASE_CLOSED', actorId: input.actorId, data: { reason: input.reason } });
      });
    },

    queueMessage: (input: QueueInput) => queue(input),
  };

  /** Renders a template for its recipient, in the recipient's language, and files it in the outbox once. */
  async function queue(input: QueueInput): Promise<number> {
    const found = await prisma.message.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    if (found) return found.id;
    const recipient = await resolveRecipient(prisma, input.channel, input.to);
    const rendered = renderTemplate(input.template, input.channel, recipient.language, { ...input.params, name: recipient.name });
    return prisma.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: {
          idempotencyKey: input.idempotencyKey,
          caseId: input.caseId,
          householdId: 'householdId' in input.to ? input.to.householdId : null,
          staffId: 'staffId' in input.to ? input.to.staffId : null,
          channel: input.channel,
          recipient: recipient.address ?? '',
          recipientName: recipient.name,
          template: input.template,
          language: recipient.language,
          subject: rendered.subject,
          body: rendered.body,
          ...(recipient.address ? {} : { status: 'FAILED', failedAt: new Date(), lastError: recipient.missing }),
        },
      });
      if (input.caseId) {
        await timeline(tx, {
          caseId: input.caseId,
          key: input.timelineKey,
          type: 'MESSAGE_QUEUED',
          messageId: message.id,
          data: { channel: input.channel, template: input.template, recipientName: recipient.name, status: message.status },
        });
      }
      return message.id;
    });
  }
};

export interface QueueInput {
  caseId: number | null;
  idempotencyKey: string;
  channel: Channel;
  to: { householdId: number } | { staffId: number };
  template: string;
  params: Record<string, string | number>;
  timelineKey: string;
}

interface Recipient {
  name: string;
  language: 'zh' | 'en';
  address: string | null;
  missing?: string;
}

/** Where a message to a household goes on a channel: its e-mail, its phone, or its postal address. */
export function householdAddress(
  household: { email: string | null; phone: string; unit: { number: string; building: { name: string; estate: { name: string; address: string } } } },
  channel: Channel,
): string | null {
  const { unit } = household;
  if (channel === 'EMAIL') return household.email;
  if (channel === 'SMS') return household.phone;
  return `${unit.building.estate.address} ${unit.building.estate.name} ${unit.building.name} ${unit.number}`;
}

async function resolveRecipient(prisma: PrismaClient, channel: Channel, to: QueueInput['to']): Promise<Recipient> {
  if ('staffId' in to) {
    const staff = await prisma.staff.findUnique({ where: { id: to.staffId } });
    if (!staff) throw ApplicationFailure.nonRetryable(`Staff member ${to.staffId} does not exist`);
    const address = channel === 'EMAIL' ? staff.email : channel === 'SMS' ? staff.phone : null;
    return { name: staff.displayName, language: staff.language, address, missing: `${staff.displayName} has no ${channel === 'EMAIL' ? 'e-mail address' : 'phone number'}` };
  }
  const household = await prisma.household.findUnique({
    where: { id: to.householdId },
    include: { unit: { include: { building: { include: { estate: true } } } } },
  });
  if (!household) throw ApplicationFailure.nonRetryable(`Household ${to.householdId} does not exist`);
  const address = householdAddress(household, channel);
  return { name: household.name, language: household.language, address, missing: `${household.name} has no e-mail address` };
}

export type CoreActivities = ReturnType<typeof createCoreActivities>;
