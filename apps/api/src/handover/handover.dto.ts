import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { RequestIdField } from '../common/request-id';

/** The developer's handover list for one estate, as the CSV text. */
export class ImportHandoverDto {
  @ApiProperty({ description: 'The estate whose units the list names' })
  @IsInt({ message: 'estateId must be an estate id' })
  @Min(1)
  @Max(2_147_483_647)
  estateId: number;

  @ApiProperty({ example: 'unit,buyer name,id number,phone\nB2/1-0302,王芳,110101199003074514,13800138000', description: 'CSV: unit (<building code>/<unit number>), buyer name, id number, phone' })
  @IsString()
  @MinLength(1, { message: 'csv is required' })
  @MaxLength(2_000_000)
  csv: string;

  @ApiPropertyOptional({ example: 'B区交房名单.csv' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fileName?: string;

  @RequestIdField()
  requestId?: string;
}

/** The handover appointment of a unit. */
export class AppointmentDto {
  @ApiProperty({ example: '2026-12-05T09:00:00+08:00' })
  @IsDateString({ strict: true }, { message: 'from must be an ISO 8601 date-time' })
  from: string;

  @ApiProperty({ example: '2026-12-05T09:30:00+08:00' })
  @IsDateString({ strict: true }, { message: 'to must be an ISO 8601 date-time' })
  to: string;
}
