import { ApplicationFailure } from '@temporalio/workflow';
import { MANAGER_ROLES, type Actor, type Candidate, type ErrorType } from './types';

/** Refuses an update (the API answers 404, 409, 403 or 400 by `type`); nothing has changed. */
export const fail = (type: ErrorType, message: string, details?: unknown[]): never => {
  throw ApplicationFailure.create({ type, message, nonRetryable: true, details });
};

const CHAIN: Candidate[] = [{ role: 'CS_SUPERVISOR' }, { role: 'OFFICE_DIRECTOR' }];

/** Departments whose work customer service hands out, each with a supervisor of its own. */
const OTHER_DEPARTMENTS = ['ENGINEERING', 'SECURITY', 'CLEANING', 'GREENING', 'FINANCE'];

/**
 * The next step up the chain: staff → their department's supervisor (for work of another department)
 * → CS supervisor → office director.
 */
export function nextInChain(current: Candidate): Candidate {
  if (current.role === 'OFFICE_DIRECTOR') return current;
  if (current.role === 'CS_SUPERVISOR') return CHAIN[1];
  if (current.department && OTHER_DEPARTMENTS.includes(current.department) && current.role !== 'DEPT_SUPERVISOR') {
    return { role: 'DEPT_SUPERVISOR', department: current.department };
  }
  return CHAIN[0];
}

/** Whether a staff member may take a task waiting for `candidate`. */
export function isCandidate(candidate: Candidate, actor: Actor): boolean {
  if (actor.role === 'ADMIN') return true;
  if (candidate.assigneeId !== undefined) return candidate.assigneeId === actor.id;
  if (!candidate.role && !candidate.department) return false;
  if (candidate.role && candidate.role !== actor.role) return false;
  if (candidate.department && candidate.department !== actor.department) return false;
  return true;
}

export const isManager = (actor: Actor) => MANAGER_ROLES.includes(actor.role);
