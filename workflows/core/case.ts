import { allHandlersFinished, condition, ParentClosePolicy, startChild, workflowInfo } from '@temporalio/workflow';
import { coreActs as acts } from './acts';
import { fail, isManager } from './candidates';
import { escalate, type PendingDeadline } from './escalation';
import { registerOverrides } from './overrides';
import { registerTaskUpdates } from './task-updates';
import { keyed, type Actor, type Candidate, type Deadline, type FormField, type Priority, type TaskOutcome, type TaskSpec } from './types';

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

export interface TaskState {
  id: number;
  key: string;
  candidate: Candidate;
  status: 'OPEN' | 'COMPLETED' | 'CANCELLED';
  assigneeId?: number;
  /** Pending deadlines, earliest first. */
  deadlines: PendingDeadline[];
  /** The level the last escalation brought in, which follows the task up. */
  watcher?: Candidate;
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
  /** The case's tasks by id (read by the core's update handlers). */
  readonly tasks = new Map<number, TaskState>();
  private seq = 0;
  readonly options: CaseOptions;

  constructor(options: CaseOptions) {
    this.options = options;
    this.caseId = options.caseId;
    this.priority = options.priority ?? 'NORMAL';
    this.tier = options.tier;
    registerTaskUpdates(this);
    registerOverrides(this);
  }

  /** A unique, replay-stable key for each timeline entry this run writes. */
  nextKey(): string {
    const { workflowId, runId } = workflowInfo();
    return `${workflowId}:${runId}:${++this.seq}`;
  }

  /** Opens a task (once per key) and returns a handle to wait for it. */
  async openTask(spec: TaskSpec): Promise<HumanTask> {
    const deadlines = keyed(spec.deadlines ?? []);
    const opened = await acts.openTask({
      caseId: this.caseId,
      spec: { ...spec, deadlines, priority: spec.priority ?? this.priority },
      timelineKey: this.nextKey(),
    });
    const state: TaskState = {
      id: opened.taskId,
      key: spec.key,
      candidate: spec.candidate,
      status: 'OPEN',
      deadlines: deadlines.map((d, i) => ({ key: d.key, label: d.label, at: opened.deadlines[i], escalate: d.escalate })),
      level: 0,
      form: spec.form ?? [],
      changed: false,
      writing: 0,
    };
    this.tasks.set(state.id, state);
    if (spec.notifyOnOpen?.length) {
      const messageIds = await acts.notifyCandidates({ caseId: this.caseId, taskId: state.id, channels: spec.notifyOnOpen, key: this.nextKey() });
      for (const id of messageIds) await this.deliver(id);
    }
    return new HumanTask(this, state);
  }

  /** Replaces an open task's pending deadlines, counted from now. */
  async reschedule(task: TaskState, deadlines: Deadline[]): Promise<void> {
    if (task.status !== 'OPEN') return;
    const named = keyed(deadlines);
    const instants = await acts.rescheduleTask({ taskId: task.id, deadlines: named });
    task.deadlines = named.map((d, i) => ({ key: d.key, label: d.label, at: instants[i], escalate: d.escalate }));
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
      await escalate(this, task, next);
    }
    // Let the update that ended the wait (completion, close) finish its writes before the process moves on.
    await condition(() => task.writing === 0 && allHandlersFinished());
    return task.outcome ?? { status: 'cancelled' };
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

  /** Starts the delivery of a queued message (which retries on its own). */
  async deliver(messageId: number): Promise<void> {
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

  cancelOpenTasks() {
    for (const task of this.tasks.values()) if (task.status === 'OPEN') task.status = 'CANCELLED';
  }

  task(taskId: number): TaskState {
    const task = this.tasks.get(taskId);
    if (!task) return fail('NotFound', `Task ${taskId} is not part of this case.`);
    return task;
  }

  openTaskOf(taskId: number): TaskState {
    if (this.closed) fail('Conflict', 'The case is closed.');
    const task = this.task(taskId);
    if (task.status !== 'OPEN') fail('Conflict', `Task ${taskId} is already ${task.status.toLowerCase()}.`);
    return task;
  }

  requireManager(actor: Actor, reason: string) {
    if (!isManager(actor)) fail('Forbidden', 'Only a CS supervisor or the office director may override a case.');
    if (typeof reason !== 'string' || !reason.trim()) fail('Invalid', 'A reason is required.', [{ field: 'reason', message: 'is required' }]);
  }

  /** Runs a database write for a task, keeping the task's result waiting until it is done. */
  async writing<T>(task: TaskState | undefined, work: () => Promise<T>): Promise<T> {
    if (task) task.writing++;
    try {
      return await work();
    } finally {
      if (task) task.writing--;
    }
  }

  override(action: string, actor: Actor, reason: string, task: TaskState | undefined, changes: Record<string, unknown>) {
    return this.writing(task, () =>
      acts.recordOverride({ caseId: this.caseId, taskId: task?.id ?? null, action, reason, actorId: actor.id, changes, key: this.nextKey() }),
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
