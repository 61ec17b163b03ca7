import { Body, Controller, Delete, Get, Injectable, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { Response } from 'express';
import { listQuery, sendPage } from '../common/crud';
import { isRealDate } from '../common/dates';
import { badRequest, conflict, notFound } from '../common/errors';
import { boolEq, columns, date, parseList, type FilterFn, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';

export class CalendarDayDto {
  @ApiProperty({ example: '2026-10-01' })
  @IsDateString({ strict: true }, { message: 'date must be a date (YYYY-MM-DD)' })
  date: string;

  @ApiPropertyOptional({ description: 'true: a weekend day that is a working day (调休)' })
  @IsOptional()
  @IsBoolean()
  workday?: boolean;

  @ApiProperty({ example: '国庆节' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  nameZh: string;

  @ApiProperty({ example: 'National Day' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  nameEn: string;
}

/** `id` is the date: `{"id":["2026-10-01"]}` (getMany) or one date. */
const byId: FilterFn = (v, k) => ({ date: Array.isArray(v) ? { in: v.map((d) => date(d, k)) } : date(v, k) });
const spec: ListSpec = { sort: columns('date'), defaultSort: ['date', 'asc'], filters: { id: byId, workday: boolEq('workday') } };
const iso = (d: Date) => d.toISOString().slice(0, 10);
const present = (day: { date: Date; workday: boolean; nameZh: string; nameEn: string }) => ({ id: iso(day.date), ...day, date: iso(day.date) });

/** Public holidays and adjusted working days of the business calendar; `id` is the date. */
@Injectable()
export class CalendarDaysService {
  constructor(private readonly prisma: PrismaService) {}

  async list(params: ListParams) {
    const { skip, take, orderBy, where } = parseList({ ...params, sort: params.sort?.replace('"id"', '"date"') }, spec);
    const [rows, total] = await Promise.all([
      this.prisma.calendarDay.findMany({ where, orderBy: orderBy.filter((o) => !('id' in o)), skip, take }),
      this.prisma.calendarDay.count({ where }),
    ]);
    return { rows: rows.map(present), total, skip };
  }

  async create(dto: CalendarDayDto) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dto.date) || !isRealDate(dto.date)) throw badRequest('date', 'must be a date (YYYY-MM-DD)');
    const date = new Date(`${dto.date}T00:00:00Z`);
    if (await this.prisma.calendarDay.findUnique({ where: { date } })) throw conflict(`${dto.date} is already in the calendar.`);
    return present(await this.prisma.calendarDay.create({ data: { ...dto, workday: dto.workday ?? undefined, date } }));
  }

  async remove(id: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(id) || !isRealDate(id)) throw badRequest('id', 'must be a date (YYYY-MM-DD)');
    const date = new Date(`${id}T00:00:00Z`);
    const day = await this.prisma.calendarDay.findUnique({ where: { date } });
    if (!day) throw notFound('calendar day', id);
    await this.prisma.calendarDay.delete({ where: { date } });
    return present(day);
  }
}

@ApiTags('policies')
@ApiBearerAuth()
@Controller('calendar-days')
export class CalendarDaysController {
  constructor(private readonly days: CalendarDaysService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'calendar-days', await this.days.list(params));
  }

  @Post()
  create(@Body() dto: CalendarDayDto) {
    return this.days.create(dto);
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.days.remove(id);
  }
}
