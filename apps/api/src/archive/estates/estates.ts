import { Controller, Injectable } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CrudController, CrudService } from '../../common/crud';
import { columns, contains, type ListSpec } from '../../common/list-query';
import { PrismaService } from '../../database/prisma.service';

export class CreateEstateDto {
  @ApiProperty({ example: '翠湖花园' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: 'Cuihu Garden' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameEn?: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  address: string;
}

export class UpdateEstateDto extends PartialType(CreateEstateDto) {}

@Injectable()
export class EstatesService extends CrudService {
  protected readonly label = 'estate';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'name'),
    defaultSort: ['id', 'asc'],
    filters: { q: contains('name') },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.estate;
  }
}

@ApiTags('archive')
@ApiBearerAuth()
@Controller('estates')
export class EstatesController extends CrudController({
  resource: 'estates',
  create: CreateEstateDto,
  update: UpdateEstateDto,
  deletable: false,
}) {
  constructor(service: EstatesService) {
    super(service);
  }
}
