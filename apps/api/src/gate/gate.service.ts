import { ForbiddenException, Injectable } from '@nestjs/common';
import { GateCheckResult, GatePassStatus } from '../../../../prisma/client';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService } from '../common/crud';
import { columns, contains, date, enumEq, intEq, text, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { passDetails } from './pass-details';
import { checkPass } from './passes';

/** The roles of other departments check passes only if they are security (the gate guards). */
export function assertGuard(staff: StaffPrincipal): void {
  if ((staff.role === 'DEPT_STAFF' || staff.role === 'DEPT_SUPERVISOR') && staff.department !== 'SECURITY') {
    throw new ForbiddenException({ statusCode: 403, message: 'Only security checks passes at the gate.' });
  }
}

/** Passes of every kind, as the gate knows them. */
@Injectable()
export class GatePassesService extends CrudService {
  protected readonly label = 'gate pass';
  protected override readonly select = {
    id: true, kind: true, number: true, singleUse: true, holderName: true, householdId: true, summary: true, vehicle: true, validFrom: true, validTo: true,
    status: true, usedAt: true, revokedAt: true, revokeReason: true, stoppedAt: true, stopReason: true, liftedAt: true, createdAt: true,
  };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'number', 'kind', 'status', 'validFrom', 'validTo', 'createdAt'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      kind: (v, k) => ({ kind: text(v, k) }),
      status: enumEq('status', Object.values(GatePassStatus)),
      householdId: intEq('householdId'),
      q: (v, k) => ({ OR: [contains('number')(v, k), contains('holderName')(v, k), contains('summary')(v, k)] }),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.gatePass;
  }
}

/** The gate log: every check, who made it, where, and the answer. */
@Injectable()
export class GateChecksService extends CrudService {
  protected readonly label = 'gate check';
  protected override readonly include = { pass: { select: { id: true, number: true, kind: true, holderName: true } } };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'checkedAt', 'result'),
    defaultSort: ['checkedAt', 'desc'],
    filters: {
      result: enumEq('result', Object.values(GateCheckResult)),
      passId: intEq('passId'),
      checkedById: intEq('checkedById'),
      from: (v, k) => ({ checkedAt: { gte: date(v, k) } }),
      to: (v, k) => ({ checkedAt: { lt: date(v, k) } }),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.gateCheck;
  }

  /** Who checked, by name, in one query per page. */
  protected override async presentMany<T>(rows: T[]): Promise<T[]> {
    const ids = [...new Set(rows.map((r) => (r as { checkedById: number }).checkedById))];
    const staff = await this.prisma.staff.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
    return rows.map((r) => ({ ...r, checkedBy: staff.find((s) => s.id === (r as { checkedById: number }).checkedById) ?? null }));
  }

  /** The answer with what the guard compares for the pass's kind: the items leaving, or the worker and their works. */
  async check(query: string, gate: string | undefined, staff: StaffPrincipal) {
    assertGuard(staff);
    const answer = await checkPass(this.prisma, query, staff.id, gate);
    return { ...answer, pass: answer.pass && { ...answer.pass, ...(await passDetails(this.prisma, answer.pass.id)) } };
  }
}
