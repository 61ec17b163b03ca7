import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, Candidate, Priority } from './types';

/** The updates every case workflow answers. The API sends them; each validates before it changes anything. */
export const claimTask = defineUpdate<void, [{ taskId: number; actor: Actor }]>('claimTask');
export const unclaimTask = defineUpdate<void, [{ taskId: number; actor: Actor }]>('unclaimTask');
export const completeTask = defineUpdate<void, [{ taskId: number; actor: Actor; formData: Record<string, unknown> }]>('completeTask');

// Manager overrides: each needs a reason and is kept in the timeline.
/** Moves one deadline of a task (`deadlineKey`, or its next one) to a later time. */
export const extendDeadline = defineUpdate<void, [{ taskId: number; deadlineKey?: string; dueAt: string; reason: string; actor: Actor }]>('extendDeadline');
export const reassignTask = defineUpdate<void, [{ taskId: number; to: Candidate; reason: string; actor: Actor }]>('reassignTask');
/** Removes one deadline of a task (`deadlineKey`, or its next one), so its escalation does not happen. */
export const cancelEscalation = defineUpdate<void, [{ taskId: number; deadlineKey?: string; reason: string; actor: Actor }]>('cancelEscalation');
export const changePriority = defineUpdate<void, [{ priority: Priority; reason: string; actor: Actor }]>('changePriority');
export const changeTier = defineUpdate<void, [{ tier: string; reason: string; actor: Actor }]>('changeTier');
export const closeCase = defineUpdate<void, [{ justification: string; actor: Actor }]>('closeCase');

export interface CaseState {
  status: 'OPEN' | 'CLOSED';
  priority: Priority;
  tier?: string;
  tasks: { id: number; key: string; status: 'OPEN' | 'COMPLETED' | 'CANCELLED'; assigneeId?: number; deadlines: string[] }[];
}
export const caseState = defineQuery<CaseState>('caseState');
