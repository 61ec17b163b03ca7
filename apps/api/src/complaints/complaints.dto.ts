import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsBoolean, IsDateString, IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ComplaintChannel, ComplaintTier, Department } from '../../../../prisma/client';
import { PHONE } from '../archive/households/households.dto';

/** A client-generated request id (see `StartCase.requestId`). */
export const REQUEST_ID = /^[A-Za-z0-9_-]{8,100}$/;

/** The checks of what the resident said, the same at intake and in a correction. */
const said = {
  complainantName: () => applyDecorators(IsString(), MinLength(1, { message: 'complainantName is required' }), MaxLength(100)),
  phone: () => Matches(PHONE, { message: 'phone must be a phone number' }),
  occurredAt: () => IsDateString({}, { message: 'occurredAt must be an ISO 8601 date-time' }),
  place: () => applyDecorators(IsString(), MinLength(1, { message: 'place is required' }), MaxLength(200)),
  subject: () => applyDecorators(IsString(), MinLength(1, { message: 'subject is required' }), MaxLength(200)),
  description: () => applyDecorators(IsString(), MinLength(1, { message: 'description is required' }), MaxLength(5000)),
  request: () => applyDecorators(IsString(), MinLength(1, { message: 'request is required' }), MaxLength(2000)),
};

/** CMP-1: what the reception records when it takes a complaint, at the desk, on the hotline, by letter or online. */
export class CreateComplaintDto {
  @ApiPropertyOptional({ description: 'The household, when the complainant lives in the estate' })
  @IsOptional()
  @IsInt()
  householdId?: number;

  @ApiProperty({ example: '王芳' })
  @said.complainantName()
  complainantName: string;

  @ApiProperty({ example: '13800138000' })
  @said.phone()
  phone: string;

  @ApiProperty({ enum: ComplaintChannel })
  @IsEnum(ComplaintChannel)
  channel: ComplaintChannel;

  @ApiProperty({ description: 'When it happened (ISO 8601)' })
  @said.occurredAt()
  occurredAt: string;

  @ApiProperty({ example: '3栋 电梯间' })
  @said.place()
  place: string;

  @ApiProperty({ example: '夜班保安', description: 'The person or department complained about' })
  @said.subject()
  subject: string;

  @ApiProperty({ enum: Department, description: 'The department responsible for handling it' })
  @IsIn(['CS', 'ENGINEERING', 'SECURITY', 'CLEANING', 'GREENING', 'FINANCE'], { message: 'department must be CS, ENGINEERING, SECURITY, CLEANING, GREENING or FINANCE' })
  department: Department;

  @ApiProperty({ description: 'What happened' })
  @said.description()
  description: string;

  @ApiProperty({ description: 'What the resident asks for' })
  @said.request()
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
  @ApiPropertyOptional({
    description: 'The client\'s id of this filling of the form (8-100 letters, digits, - or _): the same requestId again returns the first complaint, so a double submit or a retry takes it once',
    example: 'k3J9x-2fQ8a1',
  })
  @IsOptional()
  @Matches(REQUEST_ID, { message: 'requestId must be 8-100 letters, digits, dashes or underscores' })
  requestId?: string;
}

/** Given (even as null, which is then refused): an omitted field of a correction is left as it is. */
const given = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/**
 * A correction of what the resident said that was taken down wrongly (a typo in the place or the request):
 * the fields of CMP-1 that describe the complaint, checked as at intake. What the process goes by (tier,
 * department, channel, household, deadlines) is not corrected here.
 */
export class CorrectComplaintDto {
  @ApiPropertyOptional({ example: '王芳' })
  @given()
  @said.complainantName()
  complainantName?: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @given()
  @said.phone()
  phone?: string;

  @ApiPropertyOptional({ description: 'When it happened (ISO 8601)' })
  @given()
  @said.occurredAt()
  occurredAt?: string;

  @ApiPropertyOptional({ example: '3栋 电梯间' })
  @given()
  @said.place()
  place?: string;

  @ApiPropertyOptional({ example: '夜班保安' })
  @given()
  @said.subject()
  subject?: string;

  @ApiPropertyOptional()
  @given()
  @said.description()
  description?: string;

  @ApiPropertyOptional()
  @given()
  @said.request()
  request?: string;

  @ApiPropertyOptional({ description: 'Why it is corrected; kept in the case timeline with the change' })
  @given()
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  reason?: string;
}

/** The fields a correction may change. */
export const CORRECTABLE = ['complainantName', 'phone', 'occurredAt', 'place', 'subject', 'description', 'request'] as const;
export type CorrectableField = (typeof CORRECTABLE)[number];
