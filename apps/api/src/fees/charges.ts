import { Controller, Injectable } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ChargeBasis, Prisma } from '../../../../prisma/client';
import { isPeriod } from '../../../../workflows/billing/policy';
import { assertReference, CrudController, CrudService } from '../common/crud';
import { badRequest, conflict } from '../common/errors';
import { boolEq, columns, contains, enumEq, intEq, text, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { plain } from './money';

export class CreateChargeItemDto {
  @ApiProperty({ example: 'PROPERTY' })
  @Matches(/^[A-Z][A-Z0-9_]{1,29}$/, { message: 'code must be 2-30 capital letters, digits or underscores' })
  code: string;

  @ApiProperty({ example: '物业管理费' })
  @IsString()
  @MaxLength(60)
  nameZh: string;

  @ApiProperty({ example: 'Property management fee' })
  @IsString()
  @MaxLength(80)
  nameEn: string;

  @ApiProperty({ enum: ChargeBasis })
  @IsEnum(ChargeBasis, { message: `basis must be one of ${Object.values(ChargeBasis).join(', ')}` })
  basis: ChargeBasis;

  @ApiProperty({ example: 1.8, description: 'Per m² per month (AREA), per period (FIXED), per unit read (METERED)' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'rate must be a number with at most 2 decimals' })
  @Min(0)
  @Max(99999)
  rate: number;

  @ApiPropertyOptional({ description: 'FEE-8: units in custody pay the custody ratio (70%) of this item' })
  @IsOptional()
  @IsBoolean()
  custodyReduced?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  sortOrder?: number;
}

export class UpdateChargeItemDto extends PartialType(OmitType(CreateChargeItemDto, ['code'] as const)) {}

/** FEE-1: what is charged. A bill line copies the rate, so changing it affects the next bills only. */
@Injectable()
export class ChargeItemsService extends CrudService {
  protected readonly label = 'charge item';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'code', 'sortOrder', 'rate'),
    defaultSort: ['sortOrder', 'asc'],
    filters: { active: boolEq('active'), basis: enumEq('basis', Object.values(ChargeBasis)), q: (v, k) => ({ OR: [contains('nameZh')(v, k), contains('nameEn')(v, k), contains('code')(v, k)] }) },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.chargeItem;
  }

  protected override present(row: Record<string, unknown>) {
    return plain(row, ['rate']);
  }

  protected override async beforeWrite(data: { code?: string }) {
    if (data.code && (await this.prisma.chargeItem.findUnique({ where: { code: data.code } }))) {
      throw conflict(`A charge item with code ${data.code} already exists.`);
    }
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller('charge-items')
export class ChargeItemsController extends CrudController({
  resource: 'charge-items',
  create: CreateChargeItemDto,
  update: UpdateChargeItemDto,
  deletable: false,
}) {
  constructor(service: ChargeItemsService) {
    super(service);
  }
}

export class CreateMeterReadingDto {
  @ApiProperty()
  @IsInt()
  unitId: number;

  @ApiProperty()
  @IsInt()
  chargeItemId: number;

  @ApiProperty({ example: '2026-11' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be YYYY-MM' })
  period: string;

  @ApiProperty({ example: 12.5 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'quantity must be a number with at most 2 decimals' })
  @Min(0)
  @Max(999999)
  quantity: number;
}

export class UpdateMeterReadingDto {
  @ApiProperty({ example: 12.5 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'quantity must be a number with at most 2 decimals' })
  @Min(0)
  @Max(999999)
  quantity: number;
}

/** Readings of metered charges (water), billed in the period they are recorded for. */
@Injectable()
export class MeterReadingsService extends CrudService {
  protected readonly label = 'meter reading';
  protected override readonly include = { unit: { select: { id: true, number: true } }, chargeItem: { select: { id: true, code: true, nameZh: true, nameEn: true } } };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'period', 'unitId', 'createdAt'),
    defaultSort: ['id', 'desc'],
    filters: {
      unitId: intEq('unitId'),
      chargeItemId: intEq('chargeItemId'),
      period: (v, k) => {
        if (!isPeriod(text(v, k))) throw badRequest(`filter.${k}`, 'must be YYYY-MM');
        return { period: v };
      },
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.meterReading;
  }

  protected override present(row: Record<string, unknown>) {
    return plain(row, ['quantity']);
  }

  protected override toData(data: { quantity?: number }) {
    return { ...data, ...(data.quantity !== undefined ? { quantity: new Prisma.Decimal(data.quantity) } : {}) };
  }

  protected override async beforeWrite(data: { unitId?: number; chargeItemId?: number; period?: string }) {
    if (data.unitId === undefined) return;
    await assertReference(this.prisma.unit, 'unitId', data.unitId, 'unit');
    const item = await this.prisma.chargeItem.findUnique({ where: { id: data.chargeItemId } });
    if (!item) throw badRequest('chargeItemId', `charge item ${data.chargeItemId} does not exist`);
    if (item.basis !== 'METERED') throw badRequest('chargeItemId', `${item.nameEn} is not a metered charge`);
    const clash = await this.prisma.meterReading.findUnique({
      where: { unitId_chargeItemId_period: { unitId: data.unitId, chargeItemId: item.id, period: data.period! } },
    });
    if (clash) throw conflict(`This unit already has a ${item.nameEn} reading for ${data.period}.`);
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller('meter-readings')
export class MeterReadingsController extends CrudController({
  resource: 'meter-readings',
  create: CreateMeterReadingDto,
  update: UpdateMeterReadingDto,
  deletable: false,
}) {
  constructor(service: MeterReadingsService) {
    super(service);
  }
}
