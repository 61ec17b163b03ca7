import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** What the guard typed or scanned: a pass's number (FX2026-000012) or its code. */
export class CheckPassDto {
  @ApiProperty({ example: 'FX2026-000012' })
  @IsString()
  @MinLength(1, { message: 'query is required' })
  @MaxLength(100)
  query: string;

  @ApiPropertyOptional({ example: '北门', description: 'Which gate' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  gate?: string;
}
