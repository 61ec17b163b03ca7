import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { RequestIdField } from '../common/request-id';

const meter = (field: string) =>
  applyDecorators(
    ApiProperty({ example: 1234.5, description: `${field} meter reading` }),
    IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: '$property must be a meter reading (a number with at most 2 decimals)' }),
    Min(0, { message: '$property must be 0 or more' }),
    Max(99_999_999, { message: '$property must be at most 99999999' }),
  );

/** MOV-7: the custody agreement, with the meter readings at its start. */
export class CreateCustodyDto {
  @ApiProperty({ description: "The owner's household (the unit is its unit)" })
  @IsInt({ message: 'householdId must be a household id' })
  @Min(1)
  @Max(2_147_483_647)
  householdId: number;

  @ApiProperty({ example: 'TG2026-001', description: 'The number of the signed custody agreement' })
  @IsString()
  @Matches(/^[\p{L}\p{N}\-/]{1,40}$/u, { message: 'agreementNo must be 1-40 letters, digits, dashes or slashes' })
  agreementNo: string;

  @ApiProperty({ example: '2026-11-29', description: 'When the agreement was signed' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'signedOn must be a date (YYYY-MM-DD)' })
  signedOn: string;

  @meter('water')
  water: number;

  @meter('electricity')
  electricity: number;

  @ApiPropertyOptional({ example: '钥匙 2 把由客服中心保管' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;

  @RequestIdField()
  requestId?: string;
}

/** MOV-7: a reading during custody, or the closing one when it ends. */
export class CustodyReadingDto {
  @meter('water')
  water: number;

  @meter('electricity')
  electricity: number;

  @RequestIdField()
  requestId?: string;
}

/** MOV-7: a supervisor's heavy-rain warning. */
export class RainWarningDto {
  @ApiProperty({ example: '气象台暴雨黄色预警，今夜至明晨' })
  @IsString()
  @MinLength(1, { message: 'note is required' })
  @MaxLength(500)
  note: string;

  @ApiProperty({ example: '2026-11-30T08:00:00+08:00', description: 'When the rain is expected to be over: the patrols after it go out then at the latest' })
  @IsDateString({ strict: true }, { message: 'expectedEnd must be an ISO 8601 date-time' })
  expectedEnd: string;

  @RequestIdField()
  requestId?: string;
}
