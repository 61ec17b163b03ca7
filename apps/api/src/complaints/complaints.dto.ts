import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsDateString, IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ComplaintChannel, ComplaintTier, Department } from '../../../../prisma/client';
import { PHONE } from '../archive/households/households.dto';

/** CMP-1: what the reception records when it takes a complaint, at the desk, on the hotline, by letter or online. */
export class CreateComplaintDto {
  @ApiPropertyOptional({ description: 'The household, when the complainant lives in the estate' })
  @IsOptional()
  @IsInt()
  householdId?: number;

  @ApiProperty({ example: '王芳' })
  @IsString()
  @MinLength(1, { message: 'complainantName is required' })
  @MaxLength(100)
  complainantName: string;

  @ApiProperty({ example: '13800138000' })
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone: string;

  @ApiProperty({ enum: ComplaintChannel })
  @IsEnum(ComplaintChannel)
  channel: ComplaintChannel;

  @ApiProperty({ description: 'When it happened (ISO 8601)' })
  @IsDateString({}, { message: 'occurredAt must be an ISO 8601 date-time' })
  occurredAt: string;

  @ApiProperty({ example: '3栋 电梯间' })
  @IsString()
  @MinLength(1, { message: 'place is required' })
  @MaxLength(200)
  place: string;

  @ApiProperty({ example: '夜班保安', description: 'The person or department complained about' })
  @IsString()
  @MinLength(1, { message: 'subject is required' })
  @MaxLength(200)
  subject: string;

  @ApiProperty({ enum: Department, description: 'The department responsible for handling it' })
  @IsIn(['CS', 'ENGINEERING', 'SECURITY', 'CLEANING', 'GREENING', 'FINANCE'], { message: 'department must be CS, ENGINEERING, SECURITY, CLEANING, GREENING or FINANCE' })
  department: Department;

  @ApiProperty({ description: 'What happened' })
  @IsString()
  @MinLength(1, { message: 'description is required' })
  @MaxLength(5000)
  description: string;

  @ApiProperty({ description: 'What the resident asks for' })
  @IsString()
  @MinLength(1, { message: 'request is required' })
  @MaxLength(2000)
  request: string;

  @ApiProperty({ enum: ComplaintTier, description: 'Proposed by the receptionist (CMP-2/3/4); a supervisor may change it' })
  @IsEnum(ComplaintTier)
  tier: ComplaintTier;

  @ApiPropertyOptional({ description: 'CMP-6: damage is still happening' })
  @IsOptional()
  @IsBoolean()
  damageOngoing?: boolean;

  @ApiPropertyOptional({ description: 'CMP-4: the date the resident asks it to be resolved by (minor complaints)' })
  @IsOptional()
  @IsDateString({}, { message: 'requestedBy must be an ISO 8601 date-time' })
  requestedBy?: string;

  @ApiPropertyOptional({ description: 'CMP-7: found invalid at the desk; it is still answered, then closed with this reason' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  invalidReason?: string;

  @ApiProperty({ description: 'CMP-1: the record was read back to the resident and confirmed' })
  @Equals(true, { message: 'confirmedWithResident must be true: read the record back to the resident first' })
  confirmedWithResident: boolean;
}
