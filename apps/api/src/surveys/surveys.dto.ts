import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsDefined, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { RequestIdField } from '../common/request-id';

export const STAFF_METHODS = ['VISIT', 'PHONE', 'PAPER'] as const;
export const CAMPAIGN_METHODS = ['VISIT', 'PHONE', 'PAPER', 'LINK'] as const;

/** One answer: a rating 1-5, true/false, a choice's value or text, as the question's kind asks. */
export class AnswerDto {
  @ApiProperty({ example: 'reception' })
  @IsString()
  @MinLength(1, { message: 'questionId is required' })
  @MaxLength(60)
  questionId: string;

  @ApiProperty({ example: 5, description: 'A rating 1-5, true/false, the value of a choice, or text' })
  @IsDefined({ message: 'value is required' })
  value: number | boolean | string;
}

/** SAT-1: a survey filled in by the resident on the public page (by the link's token). */
export class PublicAnswersDto {
  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];
}

/** SAT-1: a survey taken by visit or phone, or a paper opinion form, entered by staff. */
export class CreateResponseDto extends PublicAnswersDto {
  @ApiProperty({ enum: STAFF_METHODS })
  @IsIn(STAFF_METHODS, { message: 'method must be VISIT, PHONE or PAPER' })
  method: (typeof STAFF_METHODS)[number];

  @ApiPropertyOptional({ description: 'The campaign it belongs to (its questionnaire is used)' })
  @IsOptional()
  @IsInt()
  campaignId?: number;

  @ApiPropertyOptional({ description: 'Without a campaign: the questionnaire version answered' })
  @IsOptional()
  @IsInt()
  questionnaireId?: number;

  @ApiPropertyOptional({ description: 'The household surveyed (anonymous forms have none)' })
  @IsOptional()
  @IsInt()
  householdId?: number;

  @ApiPropertyOptional({ example: '王芳' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  respondentName?: string;

  @ApiPropertyOptional({ example: '2026-04-18', description: 'When the form was filled in or the call made (default now)' })
  @IsOptional()
  @IsDateString({}, { message: 'respondedAt must be an ISO 8601 date or date-time' })
  respondedAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @RequestIdField()
  requestId?: string;
}

/** SAT-1: a campaign: which households (a building's, or named ones), by which method, with which questionnaire. */
export class CreateCampaignDto {
  @ApiProperty({ example: '2栋 四月满意度调查' })
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  questionnaireId: number;

  @ApiProperty({ enum: CAMPAIGN_METHODS })
  @IsIn(CAMPAIGN_METHODS, { message: 'method must be VISIT, PHONE, PAPER or LINK' })
  method: (typeof CAMPAIGN_METHODS)[number];

  @ApiPropertyOptional({ description: "Every active household of this building" })
  @IsOptional()
  @IsInt()
  buildingId?: number;

  @ApiPropertyOptional({ type: [Number], description: 'Or these households' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsInt({ each: true })
  householdIds?: number[];

  @RequestIdField()
  requestId?: string;
}

/** A new version of a questionnaire (questions as data, checked by the service). */
export class CreateQuestionnaireDto {
  @ApiProperty({ example: 'resident-satisfaction' })
  @Matches(/^[a-z][a-z0-9-]{1,59}$/, { message: 'key must be lower-case letters, digits and dashes, such as resident-satisfaction' })
  key: string;

  @ApiProperty({ example: '物业服务满意度调查' })
  @IsString()
  @MinLength(1, { message: 'titleZh is required' })
  @MaxLength(100)
  titleZh: string;

  @ApiProperty({ example: 'Property service satisfaction survey' })
  @IsString()
  @MinLength(1, { message: 'titleEn is required' })
  @MaxLength(200)
  titleEn: string;

  @ApiProperty({ example: [{ id: 'reception', kind: 'RATING', topic: 'RECEPTION', required: true, text: { zh: '您对前台接待是否满意？', en: 'How satisfied are you with the reception?' } }] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  questions: unknown[];

  @ApiPropertyOptional({ description: 'What changed and why' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
