import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsInt, IsNumber, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

export class AllocationDto {
  @ApiProperty()
  @IsInt()
  billId: number;

  @ApiProperty({ example: 100 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'amount must be a number with at most 2 decimals' })
  amount: number;
}

export class CreatePaymentDto {
  @ApiProperty()
  @IsInt()
  householdId: number;

  @ApiProperty({ example: 190.5 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'amount must be a number with at most 2 decimals' })
  @Min(0.01, { message: 'amount must be more than 0' })
  amount: number;

  @ApiProperty({ enum: ['CASH', 'CARD', 'TRANSFER'] })
  @IsIn(['CASH', 'CARD', 'TRANSFER'], { message: 'method must be CASH, CARD or TRANSFER' })
  method: 'CASH' | 'CARD' | 'TRANSFER';

  @ApiPropertyOptional({ type: [AllocationDto], description: 'Without it, the oldest debt is paid first' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => AllocationDto)
  allocations?: AllocationDto[];

  @ApiPropertyOptional({ description: 'Card slip or transfer reference' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @ApiPropertyOptional({ description: 'The same requestId again returns the first payment (a double click pays once)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  requestId?: string;
}

export class HomeCollectionDto {
  @ApiProperty()
  @IsInt()
  householdId: number;

  @ApiProperty({ example: '2026-11-25T10:00:00+08:00' })
  @IsDateString({}, { message: 'appointmentAt must be a date-time' })
  appointmentAt: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
