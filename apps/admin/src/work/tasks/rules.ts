import { isManager } from '../../common/permissions';
import type { StaffSession } from '../../session';
import type { Task } from './types';

type Who = Pick<StaffSession, 'id' | 'role' | 'department'> | null | undefined;
type TaskLike = Pick<Task, 'status' | 'assigneeId' | 'candidateRole' | 'candidateDepartment'>;

/**
 * The workflow's rules for who may act on a task (workflows/core/case.ts), mirrored so that the UI
 * offers only what the API would accept. The API stays the judge: its 403/409 message shows otherwise.
 */
export const isCandidate = (task: TaskLike, staff: Who): boolean => {
  if (!staff) return false;
  if (staff.role === 'ADMIN') return true;
  if (!task.candidateRole && !task.candidateDepartment) return false;
  if (task.candidateRole && task.candidateRole !== staff.role) return false;
  if (task.candidateDepartment && task.candidateDepartment !== staff.department) return false;
  return true;
};

/** An open, unclaimed task waiting for this staff member's role and/or department. */
export const mayClaim = (task: TaskLike, staff: Who): boolean =>
  task.status === 'OPEN' && task.assigneeId == null && isCandidate(task, staff);

/** The assignee, or a manager, may put a claimed task back in the queue. */
export const mayRelease = (task: TaskLike, staff: Who): boolean =>
  task.status === 'OPEN' && task.assigneeId != null && !!staff && (task.assigneeId === staff.id || isManager(staff.role));

/** The assignee completes a claimed task; a candidate may complete an unclaimed one directly. */
export const mayComplete = (task: TaskLike, staff: Who): boolean => {
  if (task.status !== 'OPEN' || !staff) return false;
  if (task.assigneeId != null) return task.assigneeId === staff.id || staff.role === 'ADMIN';
  return isCandidate(task, staff);
};
