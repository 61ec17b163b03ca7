import { ScheduleAlreadyRunning, type ScheduleHandle, type ScheduleOverlapPolicy, type CalendarSpec } from '@temporalio/client';
import type { TemporalService } from './temporal.module';

/** A Schedule of the product: when it runs and the workflow it starts. */
export interface ScheduleSpec {
  calendar: CalendarSpec;
  workflowType: string;
  args: readonly unknown[];
}

/**
 * The Schedule `id`, created on the product's task queue when missing (an existing one is left as it is,
 * paused or not). Used by the fee Schedules and the supervisor's Schedules alike.
 */
export async function ensureSchedule(temporal: TemporalService, id: string, spec: ScheduleSpec, overlap: ScheduleOverlapPolicy): Promise<ScheduleHandle> {
  try {
    await temporal.client.schedule.create({
      scheduleId: id,
      spec: { calendars: [spec.calendar] },
      action: { type: 'startWorkflow', workflowType: spec.workflowType, args: [...spec.args], taskQueue: temporal.taskQueue },
      policies: { overlap, catchupWindow: '1 day' },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  return temporal.client.schedule.getHandle(id);
}
