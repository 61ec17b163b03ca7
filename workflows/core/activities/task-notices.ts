import type { Prisma, PrismaClient, TaskNotice } from '../../../prisma/client';
import { ownerName } from '../../supervision/owners';
import { localDay } from '../calendar';
import type { Starter } from '../starter';
import { loadCalendar } from './policy-data';
import type { QueueInput } from './queue';

type Queue = (input: QueueInput) => Promise<number>;
type Channel = 'EMAIL' | 'SMS';

/** The channels each choice of notice asks for. */
const CHANNELS_OF: Record<TaskNotice, Channel[]> = { NONE: [], EMAIL: ['EMAIL'], SMS: ['SMS'], BOTH: ['EMAIL', 'SMS'] };

/** Where the back office answers, when the worker is not told (`BACK_OFFICE_URL`): `npm start`'s own. */
export const DEFAULT_BACK_OFFICE_URL = 'http://127.0.0.1:5173';

/** The back office's page of one task (the back office routes after `#`). */
export const taskLink = (backOfficeUrl: string, taskId: number) => `${backOfficeUrl.replace(/\/+$/, '')}/#/tasks/${taskId}/show`;

export interface TaskNoticeDeps {
  prisma: PrismaClient;
  queue: Queue;
  /** Starts each notice's delivery; without one (a test of the activities alone) the notices wait in the outbox. */
  starter?: Starter;
  backOfficeUrl?: string;
}

export interface ArrivalOptions {
  /** Channels already used to tell the same people (an urgent task's `notifyOnOpen`). */
  skip?: Channel[];
  /** Whoever sent the task there (a manager reassigning it to themselves) needs no notice. */
  except?: number;
}

/** "2026-11-30 17:30", in the estate's time. */
const localTime = (at: Date, utcOffsetMinutes: number) =>
  `${localDay(at.getTime(), { utcOffsetMinutes })} ${new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(11, 16)}`;

/**
 * Notices of new work, as each staff member chose (`Staff.taskNotice`): a task that arrives for a person, or
 * for the queue they are a member of (its role and/or department), is told to them by e-mail, SMS or both,
 * through the outbox (kept, logged, retried). One notice per task, person and channel, whatever happens to
 * the task afterwards: the idempotency key is the task's and the person's, so a retried activity, a task
 * reassigned back and forth, or a queue reached twice sends nothing again.
 */
export const createTaskNotices = ({ prisma, queue, starter, backOfficeUrl = DEFAULT_BACK_OFFICE_URL }: TaskNoticeDeps) =>
  async function noticeOfArrival(taskId: number, options: ArrivalOptions = {}): Promise<number[]> {
    const task = await prisma.task.findUnique({ where: { id: taskId }, include: { case: { select: { id: true, titleZh: true, titleEn: true } } } });
    if (!task || task.status !== 'OPEN') return [];
    const queued = task.assigneeId === null;
    const who: Prisma.StaffWhereInput = queued
      ? { ...(task.candidateRole ? { role: task.candidateRole } : {}), ...(task.candidateDepartment ? { department: task.candidateDepartment } : {}) }
      : { id: task.assigneeId! };
    // A task for nobody in particular (no role, no department, no person) reaches no one's queue.
    if (queued && !task.candidateRole && !task.candidateDepartment) return [];
    const people = (await prisma.staff.findMany({ where: { ...who, active: true, taskNotice: { not: 'NONE' } }, orderBy: { id: 'asc' } })).filter(
      (person) => person.id !== options.except,
    );
    if (!people.length) return [];
    const calendar = await loadCalendar(prisma);
    // The queue in words ("绿化部 · 部门员工"), without the "(queue)" the supervision's pages add.
    const owner = ownerName({ role: task.candidateRole, department: task.candidateDepartment });
    const queueName = { zh: owner.zh.replace(/（待领取）$/, ''), en: owner.en.replace(/ \(queue\)$/, '') };
    const ids: number[] = [];
    for (const person of people) {
      const en = person.language === 'en';
      for (const channel of CHANNELS_OF[person.taskNotice]) {
        if (options.skip?.includes(channel)) continue;
        // A choice without its address (the e-mail or phone removed since) is not a failure to retry.
        if (!(channel === 'EMAIL' ? person.email : person.phone)) continue;
        const messageId = await queue({
          caseId: null,
          idempotencyKey: `task-arrived:${task.id}:${person.id}:${channel}`,
          channel,
          to: { staffId: person.id },
          template: 'task-arrived',
          params: {
            task: en ? task.titleEn : task.titleZh,
            case: en ? task.case.titleEn : task.case.titleZh,
            caseId: task.case.id,
            how: queued ? (en ? `It waits in your queue (${queueName.en}) for someone to take it.` : `它在您所在的队列（${queueName.zh}）中等待领取。`) : en ? 'It is assigned to you.' : '它已分派给您。',
            dueAt: task.dueAt ? localTime(task.dueAt, calendar.utcOffsetMinutes) : en ? 'none' : '无',
            link: taskLink(backOfficeUrl, task.id),
          },
          timelineKey: `task-arrived:${task.id}:${person.id}:${channel}`,
        });
        ids.push(messageId);
        if (starter) await starter.start('messageDeliveryWorkflow', `message-${messageId}`, [{ messageId, delivery: starter.delivery }]);
      }
    }
    return ids;
  };
