import { Body, Controller, Delete, Injectable, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { OccupancyKind, PartyType } from '../../../../../prisma/client';
import { assertReference, CrudController, CrudService, idPipe } from '../../common/crud';
import { badRequest, invalidFields } from '../../common/errors';
import { boolEq, columns, contains, enumEq, intEq, text, type ListSpec } from '../../common/list-query';
import { methodNotAllowed } from '../../common/method-not-allowed';
import { bodyPipe } from '../../common/validation';
import { askedChanges } from '../../common/whole-record';
import { PrismaService } from '../../database/prisma.service';
import { withMaskedIdentity } from '../../permissions/confidential';
import { dateOnly } from '../household-part';
import { unitJson } from '../units/units';
import { CreateHouseholdDto, UpdateHouseholdDto } from './households.dto';

const include = { unit: { include: { building: { select: { id: true, code: true, name: true } } } } };

/** Fields of the file that the system keeps; the unit is attached for reading and changes by `unitId`. */
const KEPT = ['id', 'createdAt', 'updatedAt', 'requestId'];
const updatePipe = bodyPipe(UpdateHouseholdDto);

type Row = { unit: { areaSqm: unknown }; moveInDate: Date | null };

/** Dates without time as "YYYY-MM-DD"; the unit's area as a number. */
function toJson(row: Row) {
  return { ...row, unit: unitJson(row.unit), moveInDate: row.moveInDate?.toISOString().slice(0, 10) ?? null };
}

function toData(data: { moveInDate?: string | null }) {
  return data.moveInDate ? { ...data, moveInDate: dateOnly(data.moveInDate) } : data;
}

@Injectable()
export class HouseholdsService extends CrudService {
  protected readonly label = 'household';
  protected override readonly include = include;
  protected readonly listSpec: ListSpec = {
    sort: {
      ...columns('id', 'name', 'occupancy', 'partyType', 'phone', 'moveInDate', 'createdAt', 'updatedAt'),
      'unit.number': (order) => ({ unit: { number: order } }),
    },
    defaultSort: ['unit.number', 'asc'],
    filters: {
      q: (value, key) => {
        const term = text(value, key);
        return {
          OR: [
            { name: { contains: term, mode: 'insensitive' } },
            { phone: { contains: term } },
            { unit: { number: { contains: term, mode: 'insensitive' } } },
          ],
        };
      },
      buildingId: (value, key) => ({ unit: intEq('buildingId')(value, key) }),
      unitId: intEq('unitId'),
      unitNumber: (value, key) => ({ unit: contains('number')(value, key) }),
      name: contains('name'),
      phone: contains('phone'),
      occupancy: enumEq('occupancy', Object.values(OccupancyKind)),
      partyType: enumEq('partyType', Object.values(PartyType)),
      active: boolEq('active'),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.household;
  }

  protected override async beforeWrite(data: { unitId?: number; partyType?: string; companyRegNo?: string }, id?: number) {
    await assertReference(this.prisma.unit, 'unitId', data.unitId, 'unit');
    if (id !== undefined && data.partyType === 'COMPANY' && data.companyRegNo === undefined) {
      const current = await this.prisma.household.findUniqueOrThrow({ where: { id } });
      if (!current.companyRegNo) throw badRequest('companyRegNo', 'companyRegNo is required for a company household');
    }
  }

  /** ARC-3: the identity number leaves the API masked; the full one is read on demand (`GET /households/:id/identity`). */
  protected override present(row: Row) {
    return withMaskedIdentity(toJson(row) as ReturnType<typeof toJson> & { idNumber?: string | null });
  }

  protected override toData(data: object) {
    return toData(data);
  }
}

@ApiTags('archive')
@ApiBearerAuth()
@Controller('households')
export class HouseholdsController extends CrudController({
  resource: 'households',
  create: CreateHouseholdDto,
  update: UpdateHouseholdDto,
  deletable: false,
}) {
  constructor(service: HouseholdsService) {
    super(service);
  }

  /**
   * The changes of a household file. Takes the whole record as `ra-data-simple-rest` sends it back: fields
   * that hold their stored value are no change; a changed id or timestamp is refused, naming the field.
   */
  @Put(':id')
  @ApiBody({ type: UpdateHouseholdDto })
  override async update(@Param('id', idPipe) id: number, @Body() body: unknown) {
    const asked = askedChanges(body, (await this.service.get(id)) as object, { attached: ['unit'] });
    const refused = KEPT.filter((field) => field in asked).map((field) => ({ field, message: 'is kept by the system and cannot be changed' }));
    if (refused.length) throw invalidFields(refused);
    return this.service.update(id, await updatePipe.transform(asked, { type: 'body', metatype: UpdateHouseholdDto }));
  }

  /** ARC-1: a household file is kept; it is withdrawn (marked inactive), never deleted. */
  @Delete(':id')
  async remove(@Param('id', idPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<never> {
    await this.service.get(id);
    const message = `A household file is never deleted (ARC-1: the file is kept). To withdraw it, mark it inactive: PUT /households/${id} with active: false.`;
    throw methodNotAllowed(res, ['GET', 'HEAD', 'PUT'], message);
  }
}
