import { patched } from '@temporalio/workflow';
import { coreActs as acts } from './acts';
import type { CaseRuntime, TaskState } from './case';
import { nextInChain } from './candidates';
import { DEFAULT_FOLLOW_UP, type Bilingual, type Candidate, type Escalation } from './types';

/** A deadline a task is waiting on: its name, when it falls, and what its escalation does. */
export interface PendingDeadline {
  key: string;
  label?: Bilingual;
  at: number;
  escalate: Escalation;
}

/** Keeps a task's pending deadlines earliest first, so its wait always takes the next one. */
export function insertDeadline(task: TaskState, deadline: PendingDeadline): void {
  const at = task.deadlines.findIndex((d) => d.at > deadline.at);
  task.deadlines.splice(at < 0 ? task.deadlines.length : at, 0, deadline);
}

const iso = (at: number) => new Date(at).toISOString();

/**
 * A missed deadline brings the next level in. The work stays with whoever does it (its candidate and
 * assignee do not change); the level brought in follows it up, and a follow-up deadline for that level
 * starts running, so silence escalates again, up to the office director.
 * Cases that started before this rule moved the task itself up the chain; they replay that way.
 */
export async function escalate(runtime: CaseRuntime, task: TaskState, deadline: PendingDeadline): Promise<void> {
  if (!patched('escalation-brings-next-level-in')) return escalateByReassigning(runtime, task, deadline);
  task.level += 1;
  const target = deadline.escalate.bringIn ?? deadline.escalate.reassignTo;
  const from = task.watcher ?? task.candidate;
  const watcher: Candidate | undefined = target === 'next-in-chain' ? nextInChain(from) : (target ?? task.watcher);
  task.watcher = watcher;
  const followUp = {
    key: `follow-up-${task.level}`,
    label: { zh: `跟进期限（第 ${task.level} 级）`, en: `Follow-up (level ${task.level})` },
    due: deadline.escalate.followUp ?? DEFAULT_FOLLOW_UP,
    // Each follow-up brings in the level above the one it follows (the director stays the director).
    escalate: { ...deadline.escalate, bringIn: target === undefined ? undefined : ('next-in-chain' as const), reassignTo: undefined },
  };
  task.writing++;
  try {
    const result = await acts.bringInNextLevel({
      caseId: runtime.caseId,
      taskId: task.id,
      level: task.level,
      missed: { key: deadline.key, at: iso(deadline.at) },
      watcher: watcher ?? null,
      notify: Boolean(deadline.escalate.notify),
      followUp: { key: followUp.key, label: followUp.label, due: followUp.due, escalate: followUp.escalate },
      keys: { missed: runtime.nextKey(), escalated: runtime.nextKey() },
    });
    insertDeadline(task, { ...followUp, at: result.followUpAt });
    for (const id of result.messageIds) await runtime.deliver(id);
  } finally {
    task.writing--;
  }
}

/** Before `escalation-brings-next-level-in`: the task itself moved to the next level and lost its deadline. */
async function escalateByReassigning(runtime: CaseRuntime, task: TaskState, deadline: PendingDeadline): Promise<void> {
  task.level += 1;
  const target = deadline.escalate.reassignTo ?? deadline.escalate.bringIn;
  const candidate = target === 'next-in-chain' ? nextInChain(task.candidate) : target;
  if (candidate) {
    task.candidate = candidate;
    task.assigneeId = undefined;
  }
  task.writing++;
  try {
    const messageIds = await acts.escalateTask({
      caseId: runtime.caseId,
      taskId: task.id,
      level: task.level,
      missedAt: iso(deadline.at),
      candidate,
      notify: Boolean(deadline.escalate.notify),
      nextDueAt: task.deadlines[0] ? iso(task.deadlines[0].at) : null,
      keys: { missed: runtime.nextKey(), escalated: runtime.nextKey() },
    });
    for (const id of messageIds) await runtime.deliver(id);
  } finally {
    task.writing--;
  }
}
