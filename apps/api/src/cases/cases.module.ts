import { Module } from '@nestjs/common';
import { ComplaintsService } from '../complaints/complaints';
import { ComplaintsController } from '../complaints/complaints.controller';
import { MessagesController, MessagesService } from '../outbox/messages';
import { CalendarDaysController, CalendarDaysService } from '../policies/calendar-days';
import { PoliciesController, PoliciesService } from '../policies/policies';
import { TaskCountsService } from '../tasks/counts';
import { TaskSummaryService } from '../tasks/summary';
import { TasksController } from '../tasks/tasks.controller';
import { TasksService } from '../tasks/tasks';
import { AttachmentsController, AttachmentsService } from './attachments';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { NotesController, NotesService } from './notes';
import { QuickRepliesController, QuickRepliesService } from './quick-replies';
import { TimelineController, TimelineService } from './timeline';

/** The BPM core as HTTP: cases and overrides, task inboxes, timelines, the outbox, policies and the calendar. */
@Module({
  controllers: [ComplaintsController, CasesController, TasksController, TimelineController, MessagesController, PoliciesController, CalendarDaysController, AttachmentsController, NotesController, QuickRepliesController],
  providers: [ComplaintsService, CasesService, TasksService, TaskSummaryService, TaskCountsService, TimelineService, MessagesService, PoliciesService, CalendarDaysService, AttachmentsService, NotesService, QuickRepliesService],
  exports: [CasesService],
})
export class CasesModule {}
