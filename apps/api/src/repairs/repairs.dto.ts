import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, Equals, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PHONE } from '../archive/households/households.dto';
import { REQUEST_ID } from '../complaints/complaints.dto';

const required = (field: string, max: number) => applyDecorators(IsString(), MinLength(1, { message: `${field} is required` }), MaxLength(max));

/** A time the resident is at home for the visit. */
export class TimeWindowDto {
  @ApiProperty({ example: '2026-12-01T09:00:00+08:00' })
  @IsDateString({}, { message: 'from must be an ISO 8601 date-time' })
  from: string;

  @ApiProperty({ example: '2026-12-01T11:00:00+08:00' })
  @IsDateString({}, { message: 'to must be an ISO 8601 date-time' })
  to: string;
}

/** REP-1 / REP-2: what the reception takes down and reads back to the resident before saving. */
export class CreateRepairDto {
  @ApiPropertyOptional({ description: "The resident's household; none for a public-area repair" })
  @IsOptional()
  @IsInt()
  householdId?: number;

  @ApiPropertyOptional({ example: '2栋大堂', description: 'Where, for a public area' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiProperty({ example: '王芳' })
  @required('reporterName', 100)
  reporterName: string;

  @ApiProperty({ example: '13800138000' })
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone: string;

  @ApiProperty({ enum: ['DESK', 'HOTLINE'] })
  @IsIn(['DESK', 'HOTLINE'], { message: 'channel must be DESK or HOTLINE' })
  channel: 'DESK' | 'HOTLINE';

  @ApiProperty({ example: 'LEAK', description: 'A category code of the repair policy (GET /repairs/catalogue)' })
  @required('category', 40)
  category: string;

  @ApiProperty({ example: '卫生间天花板渗水' })
  @required('description', 5000)
  description: string;

  @ApiPropertyOptional({ description: 'Water or gas that cannot be shut off, a safety facility: dispatched at once' })
  @IsOptional()
  @IsBoolean()
  emergency?: boolean;

  @ApiPropertyOptional({ type: [TimeWindowDto], description: 'Convenient times; the first is the appointment (optional for an emergency)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => TimeWindowDto)
  windows?: TimeWindowDto[];

  @ApiPropertyOptional({ example: 'DRAIN', description: "A paid job's item of the price list" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  priceCode?: string;

  @ApiPropertyOptional({ description: 'REP-2: the resident accepted the charge stated up front (paid jobs)' })
  @IsOptional()
  @IsBoolean()
  chargeAccepted?: boolean;

  @ApiProperty({ description: 'REP-1: the order was read back to the resident and confirmed' })
  @Equals(true, { message: 'confirmedWithResident must be true: read the order back to the resident first' })
  confirmedWithResident: boolean;

  @ApiPropertyOptional({ description: "The client's id of this filling of the form: the same requestId again returns the first order" })
  @IsOptional()
  @Matches(REQUEST_ID, { message: 'requestId must be 8-100 letters, digits, dashes or underscores' })
  requestId?: string;
}

/** REP-3: a voided order keeps its number and the reason. */
export class VoidRepairDto {
  @ApiProperty({ example: '住户重复报修，与 WX2026-000120 为同一问题' })
  @required('reason', 500)
  reason: string;
}
