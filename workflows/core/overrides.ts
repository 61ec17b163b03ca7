import { patched, setHandler } from '@temporalio/workflow';
import { coreActs as acts } from './acts';
import type { CaseRuntime, TaskState } from './case';
import { insertDeadline } from './escalation';
import { fail } from './candidates';
import { cancelEscalation, changePriority, changeTier, closeCase, extendDeadline, reassignTask } from './messages';
import { PRIORITIES } from './types';

/** A manager's overrides of a case: each needs a reason, is refused when it cannot apply, and is kept in the timeline. */
export function registerOverrides(runtime: CaseRuntime): void {
  /** The deadline an override names, or the task's next one. */
  const chosen = (task: TaskState, deadlineKey: string | undefined) => {
    const found = deadlineKey === undefined ? task.deadlines[0] : task.deadlines.find((d) => d.key === deadlineKey);
    if (!found && deadlineKey !== undefined) {
      fail('Invalid', `deadlineKey: task ${task.id} has no pending deadline "${deadlineKey}"`, [{ field: 'deadlineKey', message: 'is not a pending deadline of this task' }]);
    }
    return found;
  };
  const iso = (at: number) => new Date(at).toISOString();

  setHandler(
    extendDeadline,
    async ({ taskId, deadlineKey, dueAt, reason, actor }) => {
      const task = runtime.task(taskId);
      if (!patched('deadlines-move-one-at-a-time')) {
        // Cases that started before: every pending deadline moved by the same time.
        const delta = Date.parse(dueAt) - task.deadlines[0].at;
        const from = iso(task.deadlines[0].at);
        task.deadlines = task.deadlines.map((d) => ({ ...d, at: d.at + delta }));
        task.changed = true;
        await runtime.override('extendDeadline', actor, reason, task, { from, dueAt: iso(task.deadlines[0].at) });
        return;
      }
      const deadline = chosen(task, deadlineKey)!;
      const from = deadline.at;
      task.deadlines = task.deadlines.filter((d) => d !== deadline);
      insertDeadline(task, { ...deadline, at: Date.parse(dueAt) });
      task.changed = true;
      await runtime.override('extendDeadline', actor, reason, task, {
        deadlineKey: deadline.key,
        label: deadline.label ?? null,
        from: iso(from),
        dueAt: iso(Date.parse(dueAt)),
        nextDueAt: iso(task.deadlines[0].at),
      });
    },
    {
      validator: ({ taskId, deadlineKey, dueAt, reason, actor }) => {
        runtime.requireManager(actor, reason);
        const task = runtime.openTaskOf(taskId);
        if (!task.deadlines.length) fail('Conflict', `Task ${taskId} has no pending deadline.`);
        const deadline = chosen(task, deadlineKey)!;
        const at = Date.parse(dueAt);
        if (Number.isNaN(at)) fail('Invalid', 'dueAt must be a date-time.', [{ field: 'dueAt', message: 'must be a date-time' }]);
        if (at <= deadline.at || at <= Date.now()) {
          fail('Invalid', 'dueAt must be later than the current deadline.', [{ field: 'dueAt', message: 'must be later than the current deadline' }]);
        }
      },
    },
  );

  setHandler(
    reassignTask,
    async ({ taskId, to, reason, actor }) => {
      const task = runtime.task(taskId);
      task.candidate = to;
      task.assigneeId = to.assigneeId;
      await runtime.override('reassignTask', actor, reason, task, { to });
    },
    {
      validator: ({ taskId, to, reason, actor }) => {
        runtime.requireManager(actor, reason);
        runtime.openTaskOf(taskId);
        if (!to || (!to.role && !to.department && to.assigneeId === undefined)) {
          fail('Invalid', 'Reassign to a role, a department or a person.', [{ field: 'to', message: 'needs a role, a department or an assignee' }]);
        }
      },
    },
  );

  setHandler(
    cancelEscalation,
    async ({ taskId, deadlineKey, reason, actor }) => {
      const task = runtime.task(taskId);
      const dropped = chosen(task, deadlineKey)!;
      task.deadlines = task.deadlines.filter((d) => d !== dropped);
      task.changed = true;
      await runtime.override('cancelEscalation', actor, reason, task, {
        ...(deadlineKey === undefined ? {} : { deadlineKey: dropped.key }),
        cancelledDueAt: iso(dropped.at),
        dueAt: task.deadlines[0] ? iso(task.deadlines[0].at) : null,
      });
    },
    {
      validator: ({ taskId, deadlineKey, reason, actor }) => {
        runtime.requireManager(actor, reason);
        const task = runtime.openTaskOf(taskId);
        if (!task.deadlines.length) fail('Conflict', `Task ${taskId} has no pending escalation.`);
        chosen(task, deadlineKey);
      },
    },
  );

  setHandler(
    changePriority,
    async ({ priority, reason, actor }) => {
      const from = runtime.priority;
      runtime.priority = priority;
      await runtime.override('changePriority', actor, reason, undefined, { from, priority });
    },
    {
      validator: ({ priority, reason, actor }) => {
        runtime.requireManager(actor, reason);
        if (runtime.closed) fail('Conflict', 'The case is closed.');
        if (!PRIORITIES.includes(priority)) fail('Invalid', `priority must be one of ${PRIORITIES.join(', ')}.`, [{ field: 'priority', message: 'is not a priority' }]);
      },
    },
  );

  setHandler(
    changeTier,
    async ({ tier, reason, actor }) => {
      const from = runtime.tier;
      runtime.tier = tier;
      runtime.tierChanges++;
      await runtime.override('changeTier', actor, reason, undefined, { from, tier });
    },
    {
      validator: ({ tier, reason, actor }) => {
        runtime.requireManager(actor, reason);
        if (runtime.closed) fail('Conflict', 'The case is closed.');
        if (!runtime.options.tiers?.includes(tier)) {
          fail('Invalid', `tier must be one of ${(runtime.options.tiers ?? []).join(', ') || '(this process has no tiers)'}.`, [{ field: 'tier', message: 'is not a tier of this process' }]);
        }
      },
    },
  );

  setHandler(
    closeCase,
    async ({ justification, actor }) => {
      runtime.closed = true;
      runtime.closeReason = justification;
      runtime.cancelOpenTasks();
      await acts.closeCase({ caseId: runtime.caseId, reason: justification, actorId: actor.id, key: runtime.nextKey() });
    },
    {
      validator: ({ justification, actor }) => {
        runtime.requireManager(actor, justification);
        if (runtime.closed) fail('Conflict', 'The case is already closed.');
      },
    },
  );
}
