import { Body, Controller, Get, Injectable, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsOptional, Matches, ValidateIf } from 'class-validator';
import { Language, TaskNotice } from '../../../../prisma/client';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { badRequest } from '../common/errors';
import { PrismaService } from '../database/prisma.service';

/**
 * A choice of notice needs its address: e-mail needs an e-mail address, SMS a phone number. Refused with a
 * 400 naming `taskNotice` rather than kept and silently never sent.
 */
export function checkNoticeAddress(staff: { taskNotice?: TaskNotice | null; email?: string | null; phone?: string | null }): void {
  const choice = staff.taskNotice ?? 'NONE';
  if ((choice === 'EMAIL' || choice === 'BOTH') && !staff.email) throw badRequest('taskNotice', 'notices by e-mail need an e-mail address');
  if ((choice === 'SMS' || choice === 'BOTH') && !staff.phone) throw badRequest('taskNotice', 'notices by SMS need a phone number');
}

/** What the signed-in staff member may change of their own account: how and where they are told of new work. */
export class MyNoticesDto {
  @ApiProperty({ enum: TaskNotice, description: 'How to be told of a task that arrives for me or my queue' })
  @IsEnum(TaskNotice)
  taskNotice: TaskNotice;

  @ApiPropertyOptional({ description: 'Where e-mail notices go (null: none)', example: 'chen.jing@example.com' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ description: 'Where SMS notices go (null: none)', example: '13800001111' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(/^\+?[0-9 -]{5,20}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ enum: Language, description: 'The language of the notices' })
  // Left out keeps the language; null is not a language (IsOptional would let it through to the database).
  @ValidateIf((_, value) => value !== undefined)
  @IsEnum(Language)
  language?: Language;
}

const mine = { id: true, displayName: true, taskNotice: true, email: true, phone: true, language: true };

@Injectable()
export class MyNoticesService {
  constructor(private readonly prisma: PrismaService) {}

  get(staffId: number) {
    return this.prisma.staff.findUniqueOrThrow({ where: { id: staffId }, select: mine });
  }

  /** Changes are recorded in the staff member's history like an administrator's (the Staff model is audited). */
  async update(staffId: number, dto: MyNoticesDto) {
    const before = await this.get(staffId);
    // Only what was sent changes (the DTO's fields not sent are there as undefined).
    const sent = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<MyNoticesDto>;
    const after = { ...before, ...sent };
    checkNoticeAddress(after);
    return this.prisma.staff.update({
      where: { id: staffId },
      data: { taskNotice: dto.taskNotice, email: after.email || null, phone: after.phone || null, language: after.language },
      select: mine,
    });
  }
}

/** The signed-in staff member's own notice settings: open to every staff member, for their own account only. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('me/notices')
export class MyNoticesController {
  constructor(private readonly notices: MyNoticesService) {}

  @Get()
  get(@CurrentStaff() staff: StaffPrincipal) {
    return this.notices.get(staff.id);
  }

  @Put()
  update(@Body() dto: MyNoticesDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.notices.update(staff.id, dto);
  }
}
