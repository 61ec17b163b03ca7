import { Controller, Injectable } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags, OmitType, PartialType } from '@nestjs/swagger';
import { IsEnum, IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { UnitStatus } from '../../../../../prisma/client';
import { assertReference, CrudController, CrudService } from '../../common/crud';
import { badRequest, conflict } from '../../common/errors';
import { columns, contains, enumEq, intEq, type ListSpec } from '../../common/list-query';
import { PrismaService } from '../../database/prisma.service';

export class CreateUnitDto {
  @ApiProperty()
  @IsInt()
  buildingId: number;

  @ApiProperty({ example: '1-0302', description: 'Unique in its building' })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'number must be 1-20 letters, digits or dashes' })
  number: string;

  @ApiProperty()
  @IsInt()
  @Min(-5)
  @Max(200)
  floor: number;

  @ApiProperty({ example: 89.5 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'areaSqm must be a number with at most 2 decimals' })
  @Min(1)
  @Max(99999)
  areaSqm: number;

  @ApiPropertyOptional({ enum: UnitStatus })
  @IsOptional()
  @IsEnum(UnitStatus)
  status?: UnitStatus;
}

export class UpdateUnitDto extends PartialType(OmitType(CreateUnitDto, ['buildingId'] as const)) {}

/** Area as a plain number in JSON (Prisma returns a Decimal). */
export function unitJson<T extends { areaSqm: unknown }>(unit: T): T & { areaSqm: number } {
  return { ...unit, areaSqm: Number(unit.areaSqm) };
}

@Injectable()
export class UnitsService extends CrudService {
  protected readonly label = 'unit';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'number', 'floor', 'areaSqm', 'status', 'buildingId'),
    defaultSort: ['number', 'asc'],
    filters: {
      buildingId: intEq('buildingId'),
      status: enumEq('status', Object.values(UnitStatus)),
      q: contains('number'),
      number: contains('number'),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.unit;
  }

  protected override present(row: { areaSqm: unknown }) {
    return unitJson(row);
  }

  protected override async beforeWrite(data: { buildingId?: number; number?: string; status?: UnitStatus }, id?: number) {
    await assertReference(this.prisma.building, 'buildingId', data.buildingId, 'building');
    await this.assertCustodyByItsProcess(data.status, id);
    // No number (or null, which the update itself refuses, naming the field): nothing to compare.
    if (data.number === undefined || data.number === null) return;
    const buildingId = data.buildingId ?? (await this.prisma.unit.findUniqueOrThrow({ where: { id } })).buildingId;
    const clash = await this.prisma.unit.findFirst({ where: { buildingId, number: data.number, ...(id ? { NOT: { id } } : {}) } });
    if (clash) throw conflict(`Unit number "${data.number}" already exists in this building.`);
  }

  /**
   * MOV-7, FEE-8: the 70% fee of a unit in custody is switched on and off by the custody itself (its
   * agreement and its end), never by editing the unit.
   */
  private async assertCustodyByItsProcess(status: UnitStatus | undefined, id?: number) {
    if (status === undefined || status === null) return;
    const current = id ? (await this.prisma.unit.findUnique({ where: { id }, select: { status: true } }))?.status : undefined;
    if (status === current) return;
    if (status === 'CUSTODY') throw badRequest('status', 'a unit goes into custody with a custody agreement, not by editing the unit');
    if (id && (await this.prisma.custody.count({ where: { unitId: id, status: 'ACTIVE' } }))) {
      throw conflict('The unit is in custody: its status changes when the custody ends with its closing readings.');
    }
  }
}

@ApiTags('archive')
@ApiBearerAuth()
@Controller('units')
export class UnitsController extends CrudController({
  resource: 'units',
  create: CreateUnitDto,
  update: UpdateUnitDto,
  deletable: false,
}) {
  constructor(service: UnitsService) {
    super(service);
  }
}
