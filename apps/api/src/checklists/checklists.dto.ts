import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { RequestIdField } from '../common/request-id';

/** Checks one item: its scan uploaded with it (multipart `file`), or a document already on the household's file. */
export class CheckItemDto {
  @ApiPropertyOptional({ description: "A document already on the household's file (instead of a new scan)" })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2147483647)
  documentId?: number;

  @ApiPropertyOptional({ example: '原件已核对 Original seen' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @RequestIdField()
  requestId?: string;
}
