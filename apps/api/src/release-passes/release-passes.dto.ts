import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PHONE } from '../archive/households/households.dto';
import { APPLICANT_KINDS } from '../checklists/policy';
import { RequestIdField } from '../common/request-id';

const required = (field: string, max: number) => applyDecorators(IsString(), MinLength(1, { message: `${field} is required` }), MaxLength(max));

export class ReleaseItemDto {
  @ApiProperty({ example: '冰箱 Refrigerator' })
  @required('name', 200)
  name: string;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1)
  @Max(9999)
  quantity: number;
}

/** REC-3: a resident's application to move items out of the estate. */
export class ApplyReleasePassDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  householdId: number;

  @ApiProperty({ enum: APPLICANT_KINDS, description: 'Who applies: the documents to check follow (a tenant brings the owner\'s consent)' })
  @IsIn(APPLICANT_KINDS, { message: `applicantKind must be one of ${APPLICANT_KINDS.join(', ')}` })
  applicantKind: (typeof APPLICANT_KINDS)[number];

  @ApiProperty({ example: '王芳' })
  @required('applicantName', 100)
  applicantName: string;

  @ApiProperty({ example: '13800138000' })
  @Matches(PHONE, { message: 'applicantPhone must be a phone number' })
  applicantPhone: string;

  @ApiProperty({ type: [ReleaseItemDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'items must list at least one item' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReleaseItemDto)
  items: ReleaseItemDto[];

  @ApiProperty({ example: '2026-12-01T09:00:00+08:00' })
  @IsDateString({}, { message: 'validFrom must be an ISO 8601 date-time' })
  validFrom: string;

  @ApiProperty({ example: '2026-12-01T18:00:00+08:00' })
  @IsDateString({}, { message: 'validTo must be an ISO 8601 date-time' })
  validTo: string;

  @ApiPropertyOptional({ example: '粤B·12345 蓝色货车' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  vehicle?: string;

  @RequestIdField()
  requestId?: string;
}

export class RevokeReleasePassDto {
  @ApiProperty({ example: '住户取消搬运 The resident cancelled' })
  @required('reason', 500)
  reason: string;
}
