import { setHandler } from '@temporalio/workflow';
import { coreActs as acts } from './acts';
import type { CaseRuntime, TaskState } from './case';
import { fail, isCandidate, isManager } from './candidates';
import { fieldSummary, validateForm } from './forms';
import { caseState, claimTask, completeTask, unclaimTask, type CaseState } from './messages';
import type { Actor } from './types';

/** A task is taken by its candidates, or by the level its escalation brought in (taking it over). */
const mayTake = (task: TaskState, actor: Actor) => isCandidate(task.candidate, actor) || (task.watcher !== undefined && isCandidate(task.watcher, actor));

/** What staff do with a task (claim, release, complete), and the case's state as a query. Each update validates first. */
export function registerTaskUpdates(runtime: CaseRuntime): void {
  setHandler(caseState, (): CaseState => ({
    status: runtime.closed ? 'CLOSED' : 'OPEN',
    priority: runtime.priority,
    tier: runtime.tier,
    tasks: [...runtime.tasks.values()].map((t) => ({
      id: t.id,
      key: t.key,
      status: t.status,
      assigneeId: t.assigneeId,
      deadlines: t.deadlines.map((d) => new Date(d.at).toISOString()),
    })),
  }));

  setHandler(
    claimTask,
    async ({ taskId, actor }) => {
      const task = runtime.task(taskId);
      task.assigneeId = actor.id;
      await runtime.writing(task, () => acts.recordClaim({ taskId, actorId: actor.id, claimed: true, key: runtime.nextKey() }));
    },
    {
      validator: ({ taskId, actor }) => {
        const task = runtime.openTaskOf(taskId);
        if (task.assigneeId !== undefined) fail('Conflict', `Task ${taskId} has already been claimed.`);
        if (!mayTake(task, actor)) fail('Forbidden', 'This task is for another role or department.');
      },
    },
  );

  setHandler(
    unclaimTask,
    async ({ taskId, actor }) => {
      const task = runtime.task(taskId);
      task.assigneeId = undefined;
      await runtime.writing(task, () => acts.recordClaim({ taskId, actorId: actor.id, claimed: false, key: runtime.nextKey() }));
    },
    {
      validator: ({ taskId, actor }) => {
        const task = runtime.openTaskOf(taskId);
        if (task.assigneeId === undefined) fail('Conflict', `Task ${taskId} is not claimed.`);
        if (task.assigneeId !== actor.id && !isManager(actor)) fail('Forbidden', 'Only the assignee or a manager may release this task.');
      },
    },
  );

  setHandler(
    completeTask,
    async ({ taskId, actor, formData }) => {
      const task = runtime.task(taskId);
      task.status = 'COMPLETED';
      task.assigneeId ??= actor.id;
      task.outcome = { status: 'completed', formData, completedBy: actor.id };
      await runtime.writing(task, () => acts.recordCompletion({ taskId, actorId: actor.id, formData, key: runtime.nextKey() }));
    },
    {
      validator: ({ taskId, actor, formData }) => {
        const task = runtime.openTaskOf(taskId);
        const mayComplete = task.assigneeId !== undefined ? task.assigneeId === actor.id || actor.role === 'ADMIN' : mayTake(task, actor);
        if (!mayComplete) fail('Forbidden', 'Only the assignee, or a candidate of an unclaimed task, may complete it.');
        const errors = validateForm(task.form, formData);
        if (errors.length) fail('Invalid', fieldSummary(errors), errors);
      },
    },
  );
}
