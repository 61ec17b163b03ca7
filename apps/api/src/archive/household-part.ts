import { Injectable } from '@nestjs/common';
import { assertReference, CrudService, type Delegate } from '../common/crud';
import { columns, intEq, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { withMaskedIdentity } from '../permissions/confidential';

/** Each withdrawn record of a page with the name of the staff member who withdrew it (`withdrawnByName`). */
export async function withWithdrawers<T>(prisma: PrismaService, rows: T[]): Promise<T[]> {
  const ids = [...new Set(rows.map((r) => (r as { withdrawnById?: number | null }).withdrawnById).filter((id): id is number => typeof id === 'number'))];
  const staff = ids.length ? await prisma.staff.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }) : [];
  const names = new Map(staff.map((s) => [s.id, s.displayName]));
  return rows.map((r) => {
    const by = (r as { withdrawnById?: number | null }).withdrawnById;
    return { ...r, withdrawnByName: typeof by === 'number' ? (names.get(by) ?? null) : null };
  });
}

/** A record that belongs to one household's file (member, contact, proxy): withdrawn with a reason, never deleted. */
@Injectable()
export abstract class HouseholdPartService extends CrudService {
  protected abstract readonly model: 'member' | 'contact' | 'proxy';
  protected override readonly withdrawable = true;
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'name', 'createdAt', 'withdrawnAt'),
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

  protected override presentMany<T>(rows: T[]): Promise<T[]> {
    return withWithdrawers(this.prisma, rows);
  }

  protected override async beforeWrite(data: { householdId?: number }) {
    await assertReference(this.prisma.household, 'householdId', data.householdId, 'household');
  }
}

/** "YYYY-MM-DD" in, a UTC midnight Date stored. */
export const dateOnly = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);
