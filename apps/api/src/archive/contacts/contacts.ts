import { Controller, Injectable } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsEmail, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CrudController } from '../../common/crud';
import { RequestIdField } from '../../common/request-id';
import { invalidFields } from '../../common/errors';
import { PHONE } from '../households/households.dto';
import { HouseholdPartService } from '../household-part';

/** ARC-2: how to reach the household; `verifiedAt` says when the details were last confirmed. */
export class CreateContactDto {
  @ApiProperty()
  @IsInt()
  householdId: number;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: 'daughter' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  relation?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  emergency?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({}, { message: 'verifiedAt must be a date-time' })
  verifiedAt?: string;

  @RequestIdField()
  requestId?: string;
}

export class UpdateContactDto extends PartialType(OmitType(CreateContactDto, ['householdId', 'requestId'] as const)) {}

@Injectable()
export class ContactsService extends HouseholdPartService {
  protected readonly model = 'contact';
  protected readonly label = 'contact';

  protected override async beforeWrite(data: { householdId?: number; phone?: string; email?: string }, id?: number) {
    await super.beforeWrite(data);
    if (id === undefined && !data.phone && !data.email) {
      throw invalidFields([
        { field: 'phone', message: 'a contact needs a phone or an e-mail' },
        { field: 'email', message: 'a contact needs a phone or an e-mail' },
      ]);
    }
  }
}

@ApiTags('archive')
@ApiBearerAuth()
@Controller('contacts')
export class ContactsController extends CrudController({ resource: 'contacts', create: CreateContactDto, update: UpdateContactDto }) {
  constructor(service: ContactsService) {
    super(service);
  }
}
