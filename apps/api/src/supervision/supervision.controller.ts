import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { actorOf } from '../common/actor';
import { isRealDate } from '../common/dates';
import { badRequest } from '../common/errors';
import { SupervisionOverview } from './overview';
import { SupervisionSchedules } from './schedules';

@ApiTags('supervision')
@ApiBearerAuth()
@Controller('supervision')
export class SupervisionController {
  constructor(
    private readonly overview: SupervisionOverview,
    private readonly schedules: SupervisionSchedules,
  ) {}

  /** The landing page: open work of every process by age and owner, overdue and escalated today, today's new cases. */
  @Get('overview')
  getOverview() {
    return this.overview.overview();
  }

  /** The count of work waiting for the signed-in staff member (the menu's badge). */
  @Get('waiting')
  waiting(@CurrentStaff() staff: StaffPrincipal) {
    return this.overview.waiting(actorOf(staff));
  }

  /** REC-4: the front-desk records of a day (cases opened, reception log entries) and its review. */
  @Get('front-desk/:day')
  frontDesk(@Param('day') day: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDate(day)) throw badRequest('day', 'must be a date (YYYY-MM-DD)');
    return this.overview.frontDesk(day);
  }

  @Get('schedules')
  listSchedules() {
    return this.schedules.list();
  }

  /** Runs a Schedule's action now: the weekly summary before a meeting, a review the schedule missed. */
  @Post('schedules/:id/run')
  @HttpCode(200)
  run(@Param('id') id: string) {
    return this.schedules.run(id);
  }
}
