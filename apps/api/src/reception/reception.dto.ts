import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Equals, IsDateString, IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ReceptionChannel, ReceptionKind } from '../../../../prisma/client';
import { PHONE } from '../archive/households/households.dto';
import { RequestIdField } from '../common/request-id';
import { CreateComplaintDto } from '../complaints/complaints.dto';
import { CreateRepairDto } from '../repairs/repairs.dto';

const required = (field: string, max: number) => applyDecorators(IsString(), MinLength(1, { message: `${field} is required` }), MaxLength(max));
const DEPARTMENTS = ['CS', 'ENGINEERING', 'SECURITY', 'CLEANING', 'GREENING', 'FINANCE', 'MANAGEMENT_OFFICE'];
const OTHER_DEPARTMENTS = ['ENGINEERING', 'SECURITY', 'CLEANING', 'GREENING', 'FINANCE', 'MANAGEMENT_OFFICE'];

/** REC-1: one call or visit, as the desk writes it down and reads it back to the resident. */
export class CreateReceptionEntryDto {
  @ApiProperty({ enum: ReceptionKind })
  @IsEnum(ReceptionKind, { message: `kind must be one of ${Object.values(ReceptionKind).join(', ')}` })
  kind: ReceptionKind;

  @ApiProperty({ enum: ReceptionChannel })
  @IsEnum(ReceptionChannel, { message: `channel must be one of ${Object.values(ReceptionChannel).join(', ')}` })
  channel: ReceptionChannel;

  @ApiPropertyOptional({ description: 'The household, when the resident is on file' })
  @IsOptional()
  @IsInt()
  householdId?: number;

  @ApiProperty({ example: '王芳' })
  @required('residentName', 100)
  residentName: string;

  @ApiProperty({ example: '13800138000' })
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone: string;

  @ApiProperty({ description: 'What the resident said', example: '3栋电梯晚上经常停运' })
  @required('content', 5000)
  content: string;

  @ApiPropertyOptional({ description: 'What the desk answered or did on the spot' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reply?: string;

  @ApiPropertyOptional({ description: 'Who handles it (a staff member), when not the one taking it' })
  @IsOptional()
  @IsInt()
  handlerId?: number;

  @ApiPropertyOptional({ description: 'PRAISE: the staff member praised' })
  @IsOptional()
  @IsInt()
  praisedStaffId?: number;

  @ApiProperty({ description: 'REC-1: the entry was read back to the resident and confirmed' })
  @Equals(true, { message: 'confirmedWithResident must be true: read the entry back to the resident first' })
  confirmedWithResident: boolean;

  @RequestIdField()
  requestId?: string;
}

/** REC-2: the question put to a specialist (a department, or a named person) and the time promised to the resident. */
export class AskSpecialistDto {
  @ApiProperty({ description: 'The question as the specialist should read it' })
  @required('question', 5000)
  question: string;

  @ApiPropertyOptional({ enum: DEPARTMENTS, description: 'The department asked (or specialistId)' })
  @IsOptional()
  @IsIn(DEPARTMENTS, { message: `department must be one of ${DEPARTMENTS.join(', ')}` })
  department?: (typeof DEPARTMENTS)[number];

  @ApiPropertyOptional({ description: 'The person asked (or department)' })
  @IsOptional()
  @IsInt()
  specialistId?: number;

  @ApiPropertyOptional({ description: 'The time promised to the resident (ISO 8601); the policy default when omitted' })
  @IsOptional()
  @IsDateString({}, { message: 'promisedBy must be an ISO 8601 date-time' })
  promisedBy?: string;
}

/** REC-5: a work contact form to another department. */
export class CreateContactFormDto {
  @ApiProperty({ enum: OTHER_DEPARTMENTS })
  @IsIn(OTHER_DEPARTMENTS, { message: `toDepartment must be one of ${OTHER_DEPARTMENTS.join(', ')}` })
  toDepartment: (typeof OTHER_DEPARTMENTS)[number];

  @ApiProperty({ example: '地下车库排水泵故障' })
  @required('subject', 200)
  subject: string;

  @ApiProperty({ description: 'The problem, and what customer service asks of the department' })
  @required('content', 5000)
  content: string;

  @ApiPropertyOptional({ description: 'The date the reply is asked by (ISO 8601); the policy default when omitted' })
  @IsOptional()
  @IsDateString({}, { message: 'replyBy must be an ISO 8601 date-time' })
  replyBy?: string;

  @ApiPropertyOptional({ description: 'The reception log entry it came from' })
  @IsOptional()
  @IsInt()
  entryId?: number;

  @RequestIdField()
  requestId?: string;
}

/**
 * A complaint from a log entry: the complaint's own fields; what the entry already holds (household, name,
 * phone, channel, what was said) is taken from it unless given here, so nothing is typed twice.
 */
export class ComplaintFromEntryDto extends PartialType(CreateComplaintDto) {}

/** A repair order from a log entry, the same way: the entry gives household, name, phone, channel and description. */
export class RepairFromEntryDto extends PartialType(CreateRepairDto) {}
