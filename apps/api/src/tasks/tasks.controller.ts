import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { Response } from 'express';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { actorOf } from '../common/actor';
import { idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest } from '../common/errors';
import { takeFromFilter, type ListParams } from '../common/list-query';
import { TaskCountsService } from './counts';
import { TaskSummaryService } from './summary';
import { TasksService, VIEWS, type View } from './tasks';

export class CompleteTaskDto {
  @ApiProperty({ description: 'The values of the task\'s form', example: { answer: 'Called the resident; leak fixed.' } })
  @IsObject({ message: 'formData must be an object' })
  formData: Record<string, unknown>;
}

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly summaries: TaskSummaryService,
    private readonly counts: TaskCountsService,
  ) {}

  /** The inbox. `filter.view`: mine, queue (my role's and department's), escalated (brought in to follow up), overdue, dueToday, all. */
  @Get()
  @listQuery()
  @ApiQuery({ name: 'filter', required: false, example: '{"view":"queue"}' })
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response, @CurrentStaff() staff: StaffPrincipal) {
    const { taken, params: rest } = takeFromFilter(params, ['view']);
    const { view = 'all' } = taken;
    if (!VIEWS.includes(view as View)) throw badRequest('filter.view', `must be one of ${VIEWS.join(', ')}`);
    const actor = actorOf(staff);
    if (view === 'queue' || view === 'escalated') return sendPage(res, 'tasks', await this.tasks.listInBranches(rest, this.tasks.branches(view, actor)));
    const scope = this.tasks.scope(view as View, actor);
    return sendPage(res, 'tasks', await this.tasks.list(rest, scope));
  }

  /** The counts of the inbox's views and the menu's entries, and the newest task waiting (asked every few seconds). */
  @Get('counts')
  countViews(@CurrentStaff() staff: StaffPrincipal) {
    return this.counts.counts(staff);
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number, @CurrentStaff() staff: StaffPrincipal) {
    return this.tasks.getVisible(id, actorOf(staff));
  }

  /** What the job is: the case, its household and its process's record (a complaint, a repair order...), as the role may read them. */
  @Get(':id/summary')
  summary(@Param('id', idPipe) id: number, @CurrentStaff() staff: StaffPrincipal) {
    return this.summaries.summary(id, staff);
  }

  @Post(':id/claim')
  @HttpCode(200)
  claim(@Param('id', idPipe) id: number, @CurrentStaff() staff: StaffPrincipal) {
    return this.tasks.claim(id, actorOf(staff));
  }

  @Post(':id/unclaim')
  @HttpCode(200)
  unclaim(@Param('id', idPipe) id: number, @CurrentStaff() staff: StaffPrincipal) {
    return this.tasks.unclaim(id, actorOf(staff));
  }

  /** Completes the task with its form data; the workflow validates it first (400/403/409 change nothing). */
  @Post(':id/complete')
  @HttpCode(200)
  complete(@Param('id', idPipe) id: number, @Body() dto: CompleteTaskDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.tasks.complete(id, dto.formData, actorOf(staff));
  }
}
