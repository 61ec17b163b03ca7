import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PHONE } from '../archive/households/households.dto';
import { RequestIdField } from '../common/request-id';
import { CONDITIONS } from './inspections';

const required = (field: string, max: number) => applyDecorators(IsString(), MinLength(1, { message: `${field} is required` }), MaxLength(max));
const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** An inspection from a template, on the case of the process that walks it. */
export class OpenInspectionDto {
  @ApiProperty({ example: 'move-in', description: 'A template of the inspection-templates policy' })
  @Matches(/^[a-z][a-z0-9-]{1,39}$/, { message: 'template must be a template name such as move-in' })
  template: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  caseId: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  householdId?: number;

  @ApiPropertyOptional({ example: '3栋 502' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string;

  @RequestIdField()
  requestId?: string;
}

export class RecordItemDto {
  @ApiProperty({ enum: CONDITIONS })
  @IsIn(CONDITIONS, { message: `condition must be one of ${CONDITIONS.join(', ')}` })
  condition: (typeof CONDITIONS)[number];

  @ApiPropertyOptional({ example: '客厅东墙有裂缝约 30 厘米', description: 'Required for a defect' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({ example: 'WALLS', description: "A repair category other than the template's" })
  @IsOptional()
  @Matches(CODE, { message: 'category must be a repair category such as WALLS' })
  category?: string;
}

export class MeterReadingsDto {
  @ApiPropertyOptional({ example: 3.5 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'WATER must be a number' })
  @Min(0)
  @Max(99999999)
  WATER?: number;

  @ApiPropertyOptional({ example: 120.2 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'ELECTRICITY must be a number' })
  @Min(0)
  @Max(99999999)
  ELECTRICITY?: number;

  @ApiPropertyOptional({ example: 0.8 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'GAS must be a number' })
  @Min(0)
  @Max(99999999)
  GAS?: number;
}

export class RecordMetersDto {
  @ApiProperty({ type: MeterReadingsDto })
  @IsObject({ message: 'readings must be an object of meter readings' })
  @ValidateNested()
  @Type(() => MeterReadingsDto)
  readings: MeterReadingsDto;
}

export class ConfirmInspectionDto {
  @ApiProperty({ example: 'OWNER', description: "One of the inspection's parties" })
  @Matches(CODE, { message: 'party must be a party code such as OWNER' })
  party: string;

  @ApiProperty({ example: '陈静' })
  @required('name', 100)
  name: string;
}

export class SignOffDto {
  @ApiProperty({ example: '陈静' })
  @required('name', 100)
  name: string;

  @ApiPropertyOptional({ example: '已修好' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class DefectRepairsDto {
  @ApiProperty({ example: '陈静' })
  @required('reporterName', 100)
  reporterName: string;

  @ApiProperty({ example: '13900001111' })
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone: string;

  @ApiPropertyOptional({ example: '2026-12-01T09:00:00+08:00' })
  @IsOptional()
  @IsDateString({}, { message: 'from must be an ISO 8601 date-time' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T12:00:00+08:00' })
  @IsOptional()
  @IsDateString({}, { message: 'to must be an ISO 8601 date-time' })
  to?: string;
}
