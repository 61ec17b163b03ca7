import { Context } from '@temporalio/activity';
import type { ChangeActor } from '../../common/change-records';

/**
 * The actor of a change the worker makes: the process whose activity makes it (`<workflow type>:<workflow id>`),
 * with no staff member. Outside an activity (never, in the worker) it is the worker itself.
 */
export function activityActor(): ChangeActor {
  try {
    const { workflowType, workflowExecution } = Context.current().info;
    return { staffId: null, process: workflowExecution ? `${workflowType}:${workflowExecution.workflowId}` : 'worker' };
  } catch {
    return { staffId: null, process: 'worker' };
  }
}
