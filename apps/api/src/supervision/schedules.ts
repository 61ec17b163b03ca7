import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { FRONT_DESK_REVIEW_SCHEDULE_ID, UNFINISHED_SUMMARY_SCHEDULE_ID } from '../../../../workflows/supervision/policy';
import { AppConfigService } from '../common/app-config.service';
import { notFound } from '../common/errors';
import { ensureSchedule } from '../temporal/schedules';
import { TemporalService } from '../temporal/temporal.module';

/** REC-4's two Schedules (times in UTC; China Standard Time is UTC+8). */
const SCHEDULES = {
  [FRONT_DESK_REVIEW_SCHEDULE_ID]: {
    workflowType: 'frontDeskReviewWorkflow',
    args: [{}],
    // Every day at 16:30 CST; the workflow skips days off by the business calendar.
    calendar: { hour: 8, minute: 30, comment: '16:30 CST every day' },
    description: { zh: '每个工作日 16:30 请客服主管审阅当天前台接待记录并签字', en: "Every working day at 16:30: the CS supervisor reviews and signs off the day's front-desk records" },
  },
  [UNFINISHED_SUMMARY_SCHEDULE_ID]: {
    workflowType: 'unfinishedSummaryWorkflow',
    args: [{ trigger: 'SCHEDULE' }],
    // Mondays at 08:00 CST.
    calendar: { dayOfWeek: 'MONDAY' as const, hour: 0, minute: 0, comment: '08:00 CST on Mondays' },
    description: { zh: '每周一 08:00 汇总未办结事项（PDF）并发送管理处主任', en: 'Mondays at 08:00: the unfinished matters, as a PDF, to the office director' },
  },
} as const;

export type SupervisionScheduleId = keyof typeof SCHEDULES;
export const isScheduleId = (id: string): id is SupervisionScheduleId => Object.hasOwn(SCHEDULES, id);

/** The supervision Schedules: created when missing (at start, like the fee schedules, or on first use). */
@Injectable()
export class SupervisionSchedules implements OnApplicationBootstrap {
  private readonly log = new Logger('SupervisionSchedules');

  constructor(
    private readonly temporal: TemporalService,
    private readonly config: AppConfigService,
  ) {}

  onApplicationBootstrap() {
    // FEE_SCHEDULES=off (tests, a second API) leaves every Schedule of the product alone until first use.
    if (!this.config.values.FEE_SCHEDULES) return;
    void Promise.all(Object.keys(SCHEDULES).map((id) => this.ensure(id as SupervisionScheduleId))).catch((error: Error) =>
      this.log.warn(`Supervision schedules not checked yet (${error.message}); they are created on first use.`),
    );
  }

  async ensure(id: SupervisionScheduleId) {
    return ensureSchedule(this.temporal, id, SCHEDULES[id], ScheduleOverlapPolicy.ALLOW_ALL);
  }

  async describe(id: SupervisionScheduleId) {
    const d = await (await this.ensure(id)).describe();
    return {
      id,
      paused: d.state.paused,
      nextRuns: d.info.nextActionTimes.slice(0, 3).map((t) => t.toISOString()),
      recentActions: d.info.recentActions.map((a) => ({ startedAt: a.takenAt.toISOString(), workflowId: a.action.workflow.workflowId })),
      description: SCHEDULES[id].description,
    };
  }

  list() {
    return Promise.all((Object.keys(SCHEDULES) as SupervisionScheduleId[]).map((id) => this.describe(id)));
  }

  /** Runs the Schedule's action now (a summary before the meeting; the review of a day the schedule missed). */
  async run(id: string) {
    if (!isScheduleId(id)) throw notFound('schedule', id);
    await (await this.ensure(id)).trigger(ScheduleOverlapPolicy.ALLOW_ALL);
    return this.describe(id);
  }
}
