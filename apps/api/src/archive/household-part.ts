import { Injectable } from '@nestjs/common';
import { assertReference, CrudService, type Delegate } from '../common/crud';
import { columns, intEq, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { withMaskedIdentity } from '../permissions/confidential';

/** A record that belongs to one household's file (member, contact, proxy). */
@Injectable()
export abstract class HouseholdPartService extends CrudService {
  protected abstract readonly model: 'member' | 'contact' | 'proxy';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'name', 'createdAt'),
    defaultSort: ['id', 'asc'],
    filters: { householdId: intEq('householdId') },
  };

  constructor(protected readonly prisma: PrismaService) {
    super();
  }

  protected get delegate(): Delegate {
    return this.prisma[this.model] as unknown as Delegate;
  }

  /** ARC-3: identity numbers leave the API masked; the full one is read on demand (`GET /<part>/:id/identity`). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override present(row: any) {
    return withMaskedIdentity(row);
  }

  protected override async beforeWrite(data: { householdId?: number }) {
    await assertReference(this.prisma.household, 'householdId', data.householdId, 'household');
  }
}

/** "YYYY-MM-DD" in, a UTC midnight Date stored. */
export const dateOnly = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);
