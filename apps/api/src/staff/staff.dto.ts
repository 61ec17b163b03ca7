import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Department, Language, StaffRole, TaskNotice } from '../../../../prisma/client';

export class CreateStaffDto {
  @ApiProperty({ example: 'zhang.wei' })
  @Matches(/^[a-z0-9._-]{3,32}$/, { message: 'username must be 3-32 lowercase letters, digits, dots, dashes or underscores' })
  username: string;

  @ApiProperty({ example: '张伟' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  displayName: string;

  @ApiProperty({ enum: StaffRole })
  @IsEnum(StaffRole)
  role: StaffRole;

  @ApiProperty({ enum: Department })
  @IsEnum(Department)
  department: Department;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\+?[0-9 -]{5,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ enum: Language })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @ApiPropertyOptional({ enum: TaskNotice, description: 'How they are told of a task that arrives for them or their queue (NONE by default)' })
  @IsOptional()
  @IsEnum(TaskNotice)
  taskNotice?: TaskNotice;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  /** At least 12 characters, not containing the username, not a common password (checked by the service, auth/password.ts). */
  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(256)
  password: string;
}

export class UpdateStaffDto extends PartialType(OmitType(CreateStaffDto, ['username'] as const)) {}
