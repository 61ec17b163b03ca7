import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PHONE } from '../archive/households/households.dto';
import { RequestIdField } from '../common/request-id';

const required = (field: string, max: number) => applyDecorators(IsString(), MinLength(1, { message: `${field} is required` }), MaxLength(max));
const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
/** Who may come for a move-in (MOV-1): the owner, a proxy with the power of attorney, a company. */
export const MOVE_IN_APPLICANTS = ['OWNER', 'PROXY', 'COMPANY'] as const;
const id = () => applyDecorators(IsInt(), Min(1), Max(2147483647));

/** A move-in opened at the desk when the owner (or a proxy, or a company) comes, or booked ahead. */
export class OpenMoveInDto {
  @ApiPropertyOptional({ description: 'The household of the unit (or give unitId: a unit without one gets a household)' })
  @IsOptional()
  @id()
  householdId?: number;

  @ApiPropertyOptional({ description: 'The unit handed over, when it has no household on file yet' })
  @IsOptional()
  @id()
  unitId?: number;

  @ApiProperty({ enum: MOVE_IN_APPLICANTS })
  @IsIn(MOVE_IN_APPLICANTS, { message: `applicantKind must be one of ${MOVE_IN_APPLICANTS.join(', ')}` })
  applicantKind: (typeof MOVE_IN_APPLICANTS)[number];

  @ApiProperty({ example: '陈静' })
  @required('applicantName', 100)
  applicantName: string;

  @ApiProperty({ example: '13900002222' })
  @Matches(PHONE, { message: 'applicantPhone must be a phone number' })
  applicantPhone: string;

  @ApiPropertyOptional({ example: '2026-12-01T09:30:00+08:00' })
  @IsOptional()
  @IsDateString({}, { message: 'appointmentAt must be an ISO 8601 date-time' })
  appointmentAt?: string;

  @RequestIdField()
  requestId?: string;
}

export class RegistrationMemberDto {
  @ApiProperty({ example: '王磊' })
  @required('name', 100)
  name: string;

  @ApiProperty({ example: '配偶 Spouse' })
  @required('relation', 50)
  relation: string;

  @ApiPropertyOptional({ example: '13900003333' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: '110101199001011234' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z]{6,30}$/, { message: 'idNumber must be 6-30 letters or digits' })
  idNumber?: string;
}

export class RegistrationContactDto {
  @ApiProperty({ example: '陈母' })
  @required('name', 100)
  name: string;

  @ApiPropertyOptional({ example: '母亲 Mother' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  relation?: string;

  @ApiPropertyOptional({ example: '13900004444' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'chen@example.com' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  emergency?: boolean;
}

/** MOV-2: the resident registration form (住户登记表) and the agreements signed. */
export class RegistrationDto {
  @ApiPropertyOptional({ example: '陈静', description: "The household's name as registered (the owner, or the company)" })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ example: '13900002222' })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ type: [RegistrationMemberDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RegistrationMemberDto)
  members?: RegistrationMemberDto[];

  @ApiPropertyOptional({ type: [RegistrationContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RegistrationContactDto)
  contacts?: RegistrationContactDto[];

  @ApiProperty({ example: ['MANAGEMENT_AGREEMENT', 'RESIDENT_COVENANT', 'DECORATION_NOTICE'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CODE, { each: true, message: 'each agreement must be a code such as MANAGEMENT_AGREEMENT' })
  agreements: string[];
}

export class IssueItemDto {
  @ApiProperty({ example: 'KEY_DOOR' })
  @Matches(CODE, { message: 'code must be a code such as KEY_DOOR' })
  code: string;

  @ApiProperty({ example: 3 })
  @IsInt({ message: 'count must be a whole number' })
  @Min(0)
  @Max(99)
  count: number;
}

/** MOV-3: what was handed over, by kind and count, and who received it. */
export class IssueDto {
  @ApiProperty({ type: [IssueItemDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => IssueItemDto)
  items: IssueItemDto[];

  @ApiProperty({ example: '陈静', description: 'Who received them and signed the receipt' })
  @required('receivedBy', 100)
  receivedBy: string;
}
