import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PHONE } from '../archive/households/households.dto';
import { APPLICANT_KINDS } from '../checklists/policy';
import { RequestIdField } from '../common/request-id';

const required = (field: string, max: number) => applyDecorators(IsString(), MinLength(1, { message: `${field} is required` }), MaxLength(max));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An identity card (18 characters, the last may be X) or a passport-like number. */
const ID_NUMBER = /^[0-9A-Za-z]{6,20}$/;

/** DEC-3: a worker who gets a temporary pass. */
export class DecorationWorkerDto {
  @ApiProperty({ example: '张师傅' })
  @required('name', 100)
  name: string;

  @ApiProperty({ example: '330106198001011234', description: 'Confidential: shown masked' })
  @Matches(ID_NUMBER, { message: 'idNumber must be an identity number (6-20 letters and digits)' })
  idNumber: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: '水电工 Plumber' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  trade?: string;
}

/** DEC-1, DEC-2: the application at the desk. */
export class ApplyDecorationDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  householdId: number;

  @ApiProperty({ enum: APPLICANT_KINDS, description: 'Who applies: a tenant or proxy brings the owner\'s power of attorney' })
  @IsIn(APPLICANT_KINDS, { message: `applicantKind must be one of ${APPLICANT_KINDS.join(', ')}` })
  applicantKind: (typeof APPLICANT_KINDS)[number];

  @ApiProperty({ example: '王芳' })
  @required('applicantName', 100)
  applicantName: string;

  @ApiProperty({ example: '13800138000' })
  @Matches(PHONE, { message: 'applicantPhone must be a phone number' })
  applicantPhone: string;

  @ApiProperty({ example: '安居装饰有限公司' })
  @required('contractorName', 200)
  contractorName: string;

  @ApiProperty({ example: '13900139000' })
  @Matches(PHONE, { message: 'contractorPhone must be a phone number' })
  contractorPhone: string;

  @ApiProperty({ example: '厨房、卫生间翻新，更换地砖' })
  @required('plan', 5000)
  plan: string;

  @ApiProperty({ description: 'DEC-2: the plan changes the main structure (walls, beams, columns)' })
  @IsBoolean({ message: 'structuralChange must be true or false' })
  structuralChange: boolean;

  @ApiProperty({ description: 'DEC-2: the plan clearly increases the load' })
  @IsBoolean({ message: 'loadIncrease must be true or false' })
  loadIncrease: boolean;

  @ApiProperty({ description: 'DEC-2: the applicant heard the working hours and prohibitions and acknowledges them' })
  @IsIn([true], { message: 'applicantAcknowledged must be true: the working hours and prohibitions are read to the applicant' })
  applicantAcknowledged: boolean;

  @ApiProperty({ description: 'DEC-2: the contractor acknowledges them too' })
  @IsIn([true], { message: 'contractorAcknowledged must be true: the working hours and prohibitions are read to the contractor' })
  contractorAcknowledged: boolean;

  @ApiProperty({ description: 'DEC-2: the decoration agreement is signed' })
  @IsIn([true], { message: 'agreementSigned must be true: the decoration agreement is signed before filing' })
  agreementSigned: boolean;

  @ApiProperty({ example: '2026-12-01', description: 'First day of the works (local date)' })
  @Matches(DATE, { message: 'worksFrom must be a date (YYYY-MM-DD)' })
  worksFrom: string;

  @ApiProperty({ example: '2027-01-31', description: 'Last day of the works (local date)' })
  @Matches(DATE, { message: 'worksTo must be a date (YYYY-MM-DD)' })
  worksTo: string;

  @ApiProperty({ type: [DecorationWorkerDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'workers must list at least one worker' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecorationWorkerDto)
  workers: DecorationWorkerDto[];

  @RequestIdField()
  requestId?: string;
}

/** DEC-2: the housing authority's approval document: a scan (multipart `file`) or one already on the file. */
export class AuthorityApprovalDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2147483647)
  documentId?: number;

  @RequestIdField()
  requestId?: string;
}

/** DEC-5: a violation: notes, and the photos already attached to the case. */
export class ViolationDto {
  @ApiProperty({ example: '擅自拆除非承重墙以外的墙体，夜间施工' })
  @required('notes', 2000)
  notes: string;

  @ApiPropertyOptional({ type: [Number], description: 'Photos: ids of the case attachments (POST /cases/:id/attachments)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true, message: 'attachmentIds must be attachment ids' })
  @Min(1, { each: true })
  @Max(2147483647, { each: true })
  attachmentIds?: number[];
}

export class ReasonDto {
  @ApiProperty({ example: '已恢复原状并补办手续' })
  @required('reason', 1000)
  reason: string;
}
