import { Controller, Injectable } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags, OmitType, PartialType } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CrudController } from '../../common/crud';
import { RequestIdField } from '../../common/request-id';
import { withMaskedIdentity } from '../../permissions/confidential';
import { PHONE } from '../households/households.dto';
import { dateOnly, HouseholdPartService } from '../household-part';

/** Someone authorised by the household to act for it (with a power of attorney on file). */
export class CreateProxyDto {
  @ApiProperty()
  @IsInt()
  householdId: number;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  idNumber: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiProperty({ example: 'move-in and decoration procedures' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  scope: string;

  @ApiPropertyOptional({ example: '2027-12-31' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'validUntil must be a date (YYYY-MM-DD)' })
  validUntil?: string;

  @RequestIdField()
  requestId?: string;
}

export class UpdateProxyDto extends PartialType(OmitType(CreateProxyDto, ['householdId', 'requestId'] as const)) {}

@Injectable()
export class ProxiesService extends HouseholdPartService {
  protected readonly model = 'proxy';
  protected readonly label = 'proxy';

  protected override present(row: { validUntil: Date | null; idNumber?: string | null }) {
    return withMaskedIdentity({ ...row, validUntil: row.validUntil?.toISOString().slice(0, 10) ?? null });
  }

  protected override toData(data: { validUntil?: string }) {
    return data.validUntil ? { ...data, validUntil: dateOnly(data.validUntil) } : data;
  }
}

@ApiTags('archive')
@ApiBearerAuth()
@Controller('proxies')
export class ProxiesController extends CrudController({ resource: 'proxies', create: CreateProxyDto, update: UpdateProxyDto }) {
  constructor(service: ProxiesService) {
    super(service);
  }
}
