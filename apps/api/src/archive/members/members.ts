import { Controller, Injectable } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CrudController } from '../../common/crud';
import { RequestIdField } from '../../common/request-id';
import { PHONE } from '../households/households.dto';
import { HouseholdPartService } from '../household-part';

export class CreateMemberDto {
  @ApiProperty()
  @IsInt()
  householdId: number;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 'spouse' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  relation: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  idNumber?: string;

  @RequestIdField()
  requestId?: string;
}

export class UpdateMemberDto extends PartialType(OmitType(CreateMemberDto, ['householdId', 'requestId'] as const)) {}

@Injectable()
export class MembersService extends HouseholdPartService {
  protected readonly model = 'member';
  protected readonly label = 'member';
}

@ApiTags('archive')
@ApiBearerAuth()
@Controller('members')
export class MembersController extends CrudController({ resource: 'members', create: CreateMemberDto, update: UpdateMemberDto }) {
  constructor(service: MembersService) {
    super(service);
  }
}
