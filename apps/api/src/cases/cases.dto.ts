import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsIn, IsInt, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Department, Priority, StaffRole } from '../../../../prisma/client';

class Reason {
  @ApiProperty({ description: 'Why: kept in the case timeline' })
  @IsString()
  @MinLength(2, { message: 'reason is required' })
  @MaxLength(1000)
  reason: string;
}

export class ExtendDeadlineDto extends Reason {
  @ApiProperty()
  @IsInt()
  taskId: number;

  @ApiPropertyOptional({ description: 'Which deadline of the task to move (its key, e.g. "resolve"); omitted: its next one' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  deadlineKey?: string;

  @ApiProperty({ description: 'The new time of that deadline (ISO 8601)' })
  @IsDateString({}, { message: 'dueAt must be an ISO 8601 date-time' })
  dueAt: string;
}

export class ReassignDto extends Reason {
  @ApiProperty()
  @IsInt()
  taskId: number;

  @ApiPropertyOptional({ enum: StaffRole })
  @IsOptional()
  @IsEnum(StaffRole)
  role?: StaffRole;

  @ApiPropertyOptional({ enum: Department })
  @IsOptional()
  @IsEnum(Department)
  department?: Department;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  assigneeId?: number;
}

export class CancelEscalationDto extends Reason {
  @ApiProperty()
  @IsInt()
  taskId: number;

  @ApiPropertyOptional({ description: 'Which deadline to remove (its key); omitted: the task\'s next one' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  deadlineKey?: string;
}

export class ChangePriorityDto extends Reason {
  @ApiProperty({ enum: Priority })
  @IsIn(Object.values(Priority))
  priority: Priority;
}

export class ChangeTierDto extends Reason {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  tier: string;
}

export class CloseCaseDto {
  @ApiProperty({ description: 'Why the case is closed: kept in the case timeline' })
  @IsString()
  @MinLength(2, { message: 'justification is required' })
  @MaxLength(2000)
  justification: string;
}
