import { Module } from '@nestjs/common';
import { TasksService } from '../tasks/tasks';
import { SupervisionOverview } from './overview';
import { SupervisionSchedules } from './schedules';
import { SupervisionController } from './supervision.controller';
import { UnfinishedSummariesController, UnfinishedSummariesService } from './summaries';

/** The supervisor's day (REC-4): the landing page, the daily front-desk review, the weekly summaries. */
@Module({
  controllers: [SupervisionController, UnfinishedSummariesController],
  providers: [TasksService, SupervisionOverview, SupervisionSchedules, UnfinishedSummariesService],
})
export class SupervisionModule {}
