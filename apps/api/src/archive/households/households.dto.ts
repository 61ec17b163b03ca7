import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDateString,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Channel, Language, OccupancyKind, PartyType } from '../../../../../prisma/client';
import { RequestIdField } from '../../common/request-id';

export const PHONE = /^\+?[0-9][0-9 -]{4,19}$/;

export class CreateHouseholdDto {
  @ApiProperty()
  @IsInt()
  unitId: number;

  @ApiProperty({ enum: OccupancyKind, description: 'Owner or tenant (ARC-2)' })
  @IsEnum(OccupancyKind)
  occupancy: OccupancyKind;

  @ApiPropertyOptional({ enum: PartyType })
  @IsOptional()
  @IsEnum(PartyType)
  partyType?: PartyType;

  @ApiProperty({ example: '王芳', description: 'Person or company name' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ description: 'Identity card or passport number' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  idNumber?: string;

  @ApiPropertyOptional({ description: 'Company registration number; required for a company' })
  @ValidateIf((o: CreateHouseholdDto) => o.partyType === 'COMPANY' || o.companyRegNo !== undefined)
  @IsString({ message: 'companyRegNo is required for a company household' })
  @MinLength(1, { message: 'companyRegNo is required for a company household' })
  @MaxLength(40)
  companyRegNo?: string;

  @ApiProperty({ example: '13800138000' })
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, dashes, optional +)' })
  phone: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @ApiPropertyOptional({ enum: Language, description: 'Language of notices and messages' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @ApiPropertyOptional({ enum: Channel, description: 'FEE-1: how the fee notice reaches the household (e-mail without an address goes by SMS)' })
  @IsOptional()
  @IsEnum(Channel, { message: `noticeChannel must be one of ${Object.values(Channel).join(', ')}` })
  noticeChannel?: Channel;

  @ApiPropertyOptional({ example: '2024-05-01' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'moveInDate must be a date (YYYY-MM-DD)' })
  moveInDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;

  @RequestIdField()
  requestId?: string;
}

export class UpdateHouseholdDto extends PartialType(OmitType(CreateHouseholdDto, ['requestId'] as const)) {}
