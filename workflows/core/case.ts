import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { CoreActivities } from './activities';
import { fieldSummary, validateForm } from './forms';
import {
  caseState,
  cancelEscalation,
  changePriority,
  changeTier,
  claimTask,
  closeCase,
  completeTask,
  extendDeadline,
  reassignTask,
  unclaimTask,
  type CaseState,
} from './messages';
import {
  MANAGER_ROLES,
  PRIORITIES,
  type Actor,
  type Candidate,
  type Deadline,
  type ErrorType,
  type Escalation,
  type FormField,
  type Priority,
  type TaskOutcome,
  type TaskSpec,
} from './types';

const acts = proxyActivities<CoreActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** How message deliveries are retried (short in tests, minutes in production). */
export interface DeliveryPolicy {
  maximumAttempts: number;
  initialIntervalMs: number;
}

export const DEFAULT_DELIVERY: DeliveryPolicy = { maximumAttempts: 6, initialIntervalMs: 30_000 };

export interface CaseOptions {
  caseId: number;
  priority?: Priority;
  tier?: string;
  /** The tiers a manager may move this case to (changeTier). */
  tiers?: string[];
  delivery?: DeliveryPolicy;
}

interface TaskState {
  id: number;
  key: string;
  candidate: Candidate;
  status: 'OPEN' | 'COMPLETED' | 'CANCELLED';
  assigneeId?: number;
  deadlines: { at: number; escalate: Escalation }[];
  level: number;
  form: FormField[];
  /** Set by overrides so the waiting loop re-reads the deadlines. */
  changed: boolean;
  /** Database writes in flight for this task. */
  writing: number;
  outcome?: TaskOutcome;
}

export interface SendSpec {
  channel: 'SMS' | 'EMAIL' | 'LETTER';
  to: { householdId: number } | { staffId: number };
  template: string;
  params?: Record<string, string | number>;
  /** Makes the message unique within the case, so sending it again is harmless. */
  key: string;
}

const fail = (type: ErrorType, message: string, details?: unknown[]): never => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true, details });
};

const CHAIN: Candidate[] = [{ role: 'CS_SUPERVISOR' }, { role: 'OFFICE_DIRECTOR' }];

/** The next step up the chain: staff → CS supervisor → office director. */
export function nextInChain(current: Candidate): Candidate {
  if (current.role === 'OFFICE_DIRECTOR') return current;
  if (current.role === 'CS_SUPERVISOR') return CHAIN[1];
  return CHAIN[0];
}

export function isCandidate(candidate: Candidate, actor: Actor): boolean {
  if (actor.role === 'ADMIN') return true;
  if (candidate.assigneeId !== undefined) return candidate.assigneeId === actor.id;
  if (!candidate.role && !candidate.department) return false;
  if (candidate.role && candidate.role !== actor.role) return false;
  if (candidate.department && candidate.department !== actor.department) return false;
  return true;
}

const isManager = (actor: Actor) => MANAGER_ROLES.includes(actor.role);

/**
 * The machinery every process shares: its human tasks with deadlines that escalate by themselves,
 * the updates staff and managers send (claim, complete, overrides), the timeline and the outbox.
 * Create it once at the top of a case workflow with `openCase`.
 */
export class CaseRuntime {
  readonly caseId: number;
  priority: Priority;
  tier?: string;
  closed = false;
  closeReason?: string;
  /** Raised by a manager's changeTier; a process may watch it to recompute its deadlines. */
  tierChanges = 0;
  private readonly tasks = new Map<number, TaskState>();
  private seq = 0;
  private readonly options: CaseOptions;

  constructor(options: CaseOptions) {
    this.options = options;
    this.caseId = options.caseId;
    this.priority = options.priority ?? 'NORMAL';
    this.tier = options.tier;
    this.registerHandlers();
  }

  /** A unique, replay-stable key for each timeline entry this run writes. */
  private nextKey(): string {
    const { workflowId, runId } = workflowInfo();
    return `${workflowId}:${runId}:${++this.seq}`;
  }

  /** Opens a task (once per key) and returns a handle to wait for it. */
  async openTask(spec: TaskSpec): Promise<HumanTask> {
    const opened = await acts.openTask({
      caseId: this.caseId,
      spec: { ...spec, priority: spec.priority ?? this.priority },
      timelineKey: this.nextKey(),
    });
    const state: TaskState = {
      id: opened.taskId,
      key: spec.key,
      candidate: spec.candidate,
      status: 'OPEN',
      deadlines: (spec.deadlines ?? []).map((d: Deadline, i) => ({ at: opened.deadlines[i], escalate: d.escalate })),
      level: 0,
      form: spec.form ?? [],
      changed: false,
      writing: 0,
    };
    this.tasks.set(state.id, state);
    return new HumanTask(this, state);
  }

  /** Replaces an open task's pending deadlines, counted from now. */
  async reschedule(task: TaskState, deadlines: Deadline[]): Promise<void> {
    if (task.status !== 'OPEN') return;
    const instants = await acts.rescheduleTask({ taskId: task.id, deadlines });
    task.deadlines = deadlines.map((d, i) => ({ at: instants[i], escalate: d.escalate }));
    task.changed = true;
  }

  /** Withdraws an open task (say, a step a manager skipped): it leaves the inbox and its wait ends. */
  async cancelTask(task: TaskState, reason: string): Promise<void> {
    if (task.status !== 'OPEN') return;
    task.status = 'CANCELLED';
    await this.writing(task, () => acts.cancelTask({ taskId: task.id, reason, key: this.nextKey() }));
  }

  /** Waits for the task, escalating at each missed deadline, until it is completed or the case closes. */
  async waitFor(task: TaskState): Promise<TaskOutcome> {
    for (;;) {
      if (task.status !== 'OPEN' || this.closed) break;
      task.changed = false;
      const interrupted = () => task.status !== 'OPEN' || this.closed || task.changed;
      const next = task.deadlines[0];
      if (!next) {
        await condition(interrupted);
        continue;
      }
      const wait = next.at - Date.now();
      if (wait > 0 && (await condition(interrupted, wait))) continue;
      if (interrupted()) continue;
      task.deadlines.shift();
      await this.escalate(task, next);
    }
    // Let the update that ended the wait (completion, close) finish its writes before the process moves on.
    await condition(() => task.writing === 0 && allHandlersFinished());
    return task.outcome ?? { status: 'cancelled' };
  }

  private async escalate(task: TaskState, deadline: { at: number; escalate: Escalation }): Promise<void> {
    task.level += 1;
    const target = deadline.escalate.reassignTo;
    const candidate = target === 'next-in-chain' ? nextInChain(task.candidate) : target;
    if (candidate) {
      task.candidate = candidate;
      task.assigneeId = undefined;
    }
    task.writing++;
    try {
      const messageIds = await acts.escalateTask({
        caseId: this.caseId,
        taskId: task.id,
        level: task.level,
        missedAt: new Date(deadline.at).toISOString(),
        candidate,
        notify: Boolean(deadline.escalate.notify),
        nextDueAt: task.deadlines[0] ? new Date(task.deadlines[0].at).toISOString() : null,
        keys: { missed: this.nextKey(), escalated: this.nextKey() },
      });
      for (const id of messageIds) await this.deliver(id);
    } finally {
      task.writing--;
    }
  }

  /** Queues a message in the outbox and starts its delivery (which retries on its own). */
  async send(spec: SendSpec): Promise<number> {
    const messageId = await acts.queueMessage({
      caseId: this.caseId,
      idempotencyKey: `${workflowInfo().workflowId}:${spec.key}`,
      channel: spec.channel,
      to: spec.to,
      template: spec.template,
      params: spec.params ?? {},
      timelineKey: this.nextKey(),
    });
    await this.deliver(messageId);
    return messageId;
  }

  private async deliver(messageId: number): Promise<void> {
    await startChild('messageDeliveryWorkflow', {
      workflowId: `message-${messageId}`,
      args: [{ messageId, delivery: this.options.delivery ?? DEFAULT_DELIVERY }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    }).catch((error: Error) => {
      // Started before (a replayed start after a crash): delivery is already under way.
      if (error.name !== 'WorkflowExecutionAlreadyStartedError') throw error;
    });
  }

  /** Records a process's own milestone in the case timeline. */
  async record(type: string, data: Record<string, unknown> = {}): Promise<void> {
    await acts.recordTimeline({ caseId: this.caseId, key: this.nextKey(), type, data });
  }

  /** Ends the case: open tasks are cancelled, the case is closed with the given reason. */
  async finish(reason: string): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.closeReason = reason;
    this.cancelOpenTasks();
    await acts.closeCase({ caseId: this.caseId, reason, actorId: null, key: this.nextKey() });
    await condition(allHandlersFinished);
  }

  private cancelOpenTasks() {
    for (const task of this.tasks.values()) if (task.status === 'OPEN') task.status = 'CANCELLED';
  }

  private task(taskId: number): TaskState {
    const task = this.tasks.get(taskId);
    if (!task) return fail('NotFound', `Task ${taskId} is not part of this case.`);
    return task;
  }

  private openTaskOf(taskId: number): TaskState {
    if (this.closed) fail('Conflict', 'The case is closed.');
    const task = this.task(taskId);
    if (task.status !== 'OPEN') fail('Conflict', `Task ${taskId} is already ${task.status.toLowerCase()}.`);
    return task;
  }

  private requireManager(actor: Actor, reason: string) {
    if (!isManager(actor)) fail('Forbidden', 'Only a CS supervisor or the office director may override a case.');
    if (typeof reason !== 'string' || !reason.trim()) fail('Invalid', 'A reason is required.', [{ field: 'reason', message: 'is required' }]);
  }

  /** Runs a database write for a task, keeping the task's result waiting until it is done. */
  private async writing<T>(task: TaskState | undefined, work: () => Promise<T>): Promise<T> {
    if (task) task.writing++;
    try {
      return await work();
    } finally {
      if (task) task.writing--;
    }
  }

  private override(action: string, actor: Actor, reason: string, task: TaskState | undefined, changes: Record<string, unknown>) {
    return this.writing(task, () =>
      acts.recordOverride({ caseId: this.caseId, taskId: task?.id ?? null, action, reason, actorId: actor.id, changes, key: this.nextKey() }),
    );
  }

  private registerHandlers() {
    setHandler(caseState, (): CaseState => ({
      status: this.closed ? 'CLOSED' : 'OPEN',
      priority: this.priority,
      tier: this.tier,
      tasks: [...this.tasks.values()].map((t) => ({
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
        const task = this.task(taskId);
        task.assigneeId = actor.id;
        await this.writing(task, () => acts.recordClaim({ taskId, actorId: actor.id, claimed: true, key: this.nextKey() }));
      },
      {
        validator: ({ taskId, actor }) => {
          const task = this.openTaskOf(taskId);
          if (task.assigneeId !== undefined) fail('Conflict', `Task ${taskId} has already been claimed.`);
          if (!isCandidate(task.candidate, actor)) fail('Forbidden', 'This task is for another role or department.');
        },
      },
    );

    setHandler(
      unclaimTask,
      async ({ taskId, actor }) => {
        const task = this.task(taskId);
        task.assigneeId = undefined;
        await this.writing(task, () => acts.recordClaim({ taskId, actorId: actor.id, claimed: false, key: this.nextKey() }));
      },
      {
        validator: ({ taskId, actor }) => {
          const task = this.openTaskOf(taskId);
          if (task.assigneeId === undefined) fail('Conflict', `Task ${taskId} is not claimed.`);
          if (task.assigneeId !== actor.id && !isManager(actor)) fail('Forbidden', 'Only the assignee or a manager may release this task.');
        },
      },
    );

    setHandler(
      completeTask,
      async ({ taskId, actor, formData }) => {
        const task = this.task(taskId);
        task.status = 'COMPLETED';
        task.assigneeId ??= actor.id;
        task.outcome = { status: 'completed', formData, completedBy: actor.id };
        await this.writing(task, () => acts.recordCompletion({ taskId, actorId: actor.id, formData, key: this.nextKey() }));
      },
      {
        validator: ({ taskId, actor, formData }) => {
          const task = this.openTaskOf(taskId);
          const mayComplete =
            task.assigneeId !== undefined ? task.assigneeId === actor.id || actor.role === 'ADMIN' : isCandidate(task.candidate, actor);
          if (!mayComplete) fail('Forbidden', 'Only the assignee, or a candidate of an unclaimed task, may complete it.');
          const errors = validateForm(task.form, formData);
          if (errors.length) fail('Invalid', fieldSummary(errors), errors);
        },
      },
    );

    setHandler(
      extendDeadline,
      async ({ taskId, dueAt, reason, actor }) => {
        const task = this.task(taskId);
        const delta = Date.parse(dueAt) - task.deadlines[0].at;
        const from = new Date(task.deadlines[0].at).toISOString();
        task.deadlines = task.deadlines.map((d) => ({ ...d, at: d.at + delta }));
        task.changed = true;
        await this.override('extendDeadline', actor, reason, task, { from, dueAt: new Date(task.deadlines[0].at).toISOString() });
      },
      {
        validator: ({ taskId, dueAt, reason, actor }) => {
          this.requireManager(actor, reason);
          const task = this.openTaskOf(taskId);
          if (!task.deadlines.length) fail('Conflict', `Task ${taskId} has no pending deadline.`);
          const at = Date.parse(dueAt);
          if (Number.isNaN(at)) fail('Invalid', 'dueAt must be a date-time.', [{ field: 'dueAt', message: 'must be a date-time' }]);
          if (at <= task.deadlines[0].at || at <= Date.now()) {
            fail('Invalid', 'dueAt must be later than the current deadline.', [{ field: 'dueAt', message: 'must be later than the current deadline' }]);
          }
        },
      },
    );

    setHandler(
      reassignTask,
      async ({ taskId, to, reason, actor }) => {
        const task = this.task(taskId);
        task.candidate = to;
        task.assigneeId = to.assigneeId;
        await this.override('reassignTask', actor, reason, task, { to });
      },
      {
        validator: ({ taskId, to, reason, actor }) => {
          this.requireManager(actor, reason);
          this.openTaskOf(taskId);
          if (!to || (!to.role && !to.department && to.assigneeId === undefined)) {
            fail('Invalid', 'Reassign to a role, a department or a person.', [{ field: 'to', message: 'needs a role, a department or an assignee' }]);
          }
        },
      },
    );

    setHandler(
      cancelEscalation,
      async ({ taskId, reason, actor }) => {
        const task = this.task(taskId);
        const dropped = task.deadlines.shift()!;
        task.changed = true;
        await this.override('cancelEscalation', actor, reason, task, {
          cancelledDueAt: new Date(dropped.at).toISOString(),
          dueAt: task.deadlines[0] ? new Date(task.deadlines[0].at).toISOString() : null,
        });
      },
      {
        validator: ({ taskId, reason, actor }) => {
          this.requireManager(actor, reason);
          if (!this.openTaskOf(taskId).deadlines.length) fail('Conflict', `Task ${taskId} has no pending escalation.`);
        },
      },
    );

    setHandler(
      changePriority,
      async ({ priority, reason, actor }) => {
        const from = this.priority;
        this.priority = priority;
        await this.override('changePriority', actor, reason, undefined, { from, priority });
      },
      {
        validator: ({ priority, reason, actor }) => {
          this.requireManager(actor, reason);
          if (this.closed) fail('Conflict', 'The case is closed.');
          if (!PRIORITIES.includes(priority)) fail('Invalid', `priority must be one of ${PRIORITIES.join(', ')}.`, [{ field: 'priority', message: 'is not a priority' }]);
        },
      },
    );

    setHandler(
      changeTier,
      async ({ tier, reason, actor }) => {
        const from = this.tier;
        this.tier = tier;
        this.tierChanges++;
        await this.override('changeTier', actor, reason, undefined, { from, tier });
      },
      {
        validator: ({ tier, reason, actor }) => {
          this.requireManager(actor, reason);
          if (this.closed) fail('Conflict', 'The case is closed.');
          if (!this.options.tiers?.includes(tier)) {
            fail('Invalid', `tier must be one of ${(this.options.tiers ?? []).join(', ') || '(this process has no tiers)'}.`, [{ field: 'tier', message: 'is not a tier of this process' }]);
          }
        },
      },
    );

    setHandler(
      closeCase,
      async ({ justification, actor }) => {
        this.closed = true;
        this.closeReason = justification;
        this.cancelOpenTasks();
        await acts.closeCase({ caseId: this.caseId, reason: justification, actorId: actor.id, key: this.nextKey() });
      },
      {
        validator: ({ justification, actor }) => {
          this.requireManager(actor, justification);
          if (this.closed) fail('Conflict', 'The case is already closed.');
        },
      },
    );
  }
}

/** A human task of a case: wait for it with `result()`. */
export class HumanTask {
  constructor(
    private readonly runtime: CaseRuntime,
    private readonly state: TaskState,
  ) {}

  get id(): number {
    return this.state.id;
  }

  get level(): number {
    return this.state.level;
  }

  get isOpen(): boolean {
    return this.state.status === 'OPEN';
  }

  reschedule(deadlines: Deadline[]): Promise<void> {
    return this.runtime.reschedule(this.state, deadlines);
  }

  cancel(reason: string): Promise<void> {
    return this.runtime.cancelTask(this.state, reason);
  }

  result(): Promise<TaskOutcome> {
    return this.runtime.waitFor(this.state);
  }
}

/** Starts the shared machinery of a case and records that it opened. */
export async function openCase(options: CaseOptions): Promise<CaseRuntime> {
  const runtime = new CaseRuntime(options);
  await runtime.record('CASE_OPENED', { priority: runtime.priority, tier: runtime.tier ?? null });
  return runtime;
}
