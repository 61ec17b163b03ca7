import { Controller, Injectable } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags, OmitType, PartialType } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { assertReference, CrudController, CrudService } from '../../common/crud';
import { conflict } from '../../common/errors';
import { columns, contains, intEq, type ListSpec } from '../../common/list-query';
import { PrismaService } from '../../database/prisma.service';

export class CreateBuildingDto {
  @ApiProperty()
  @IsInt()
  estateId: number;

  @ApiProperty({ example: '1', description: 'Short code, unique in the estate; prefixes unit numbers' })
  @Matches(/^[A-Za-z0-9-]{1,10}$/, { message: 'code must be 1-10 letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: '1栋' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(200)
  floors: number;
}

export class UpdateBuildingDto extends PartialType(OmitType(CreateBuildingDto, ['estateId'] as const)) {}

@Injectable()
export class BuildingsService extends CrudService {
  protected readonly label = 'building';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'code', 'name', 'floors'),
    defaultSort: ['code', 'asc'],
    filters: {
      estateId: intEq('estateId'),
      q: (v, k) => ({ OR: [contains('name')(v, k), contains('code')(v, k)] }),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.building;
  }

  protected override async beforeWrite(data: { estateId?: number; code?: string }, id?: number) {
    await assertReference(this.prisma.estate, 'estateId', data.estateId, 'estate');
    if (data.code === undefined || data.code === null) return;
    const estateId = data.estateId ?? (await this.prisma.building.findUniqueOrThrow({ where: { id } })).estateId;
    const clash = await this.prisma.building.findFirst({ where: { estateId, code: data.code, ...(id ? { NOT: { id } } : {}) } });
    if (clash) throw conflict(`Building code "${data.code}" already exists in this estate.`);
  }
}

@ApiTags('archive')
@ApiBearerAuth()
@Controller('buildings')
export class BuildingsController extends CrudController({
  resource: 'buildings',
  create: CreateBuildingDto,
  update: UpdateBuildingDto,
  deletable: false,
}) {
  constructor(service: BuildingsService) {
    super(service);
  }
}
