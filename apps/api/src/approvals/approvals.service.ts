import { ForbiddenException, Injectable } from '@nestjs/common';
import { Prisma, type Approval, type ApprovalKind } from '../../../../prisma/client';
import { money } from '../../../common/ledger';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService } from '../common/crud';
import { conflict } from '../common/errors';
import { columns, contains, enumEq, intEq, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { may } from '../permissions/table';
import { APPROVAL_KIND_VALUES, APPROVAL_KINDS } from './kinds';

/** Posts what was approved, once; answers what it did (kept as the approval's outcome). */
export type Poster = (approval: Approval, approver: StaffPrincipal) => Promise<Prisma.InputJsonValue>;

export interface ApprovalRequest {
  kind: ApprovalKind;
  /** What it is about: one pending request per subject ("payment-12"). */
  subject: string;
  householdId?: number | null;
  amount?: number | null;
  reason: string;
  /** What posting needs and what the list shows of it. */
  params: Record<string, unknown>;
  /** Refusal when a request for the same subject is already waiting. */
  pendingMessage: (approvalId: number) => string;
}

const person = { select: { id: true, displayName: true, role: true } };
const forbidden = (message: string) => new ForbiddenException({ statusCode: 403, error: 'Forbidden', message });

/**
 * Money that needs two people: a request waits here until a staff member of another role approves it (then
 * its kind's poster posts it, once) or rejects it (nothing changes). The processes register their posters.
 */
@Injectable()
export class ApprovalsService extends CrudService {
  protected readonly label = 'approval';
  protected override readonly include = { requestedBy: person, decidedBy: person };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'requestedAt', 'decidedAt', 'amount'),
    defaultSort: ['id', 'desc'],
    filters: {
      status: enumEq('status', ['PENDING', 'APPROVED', 'REJECTED']),
      kind: enumEq('kind', APPROVAL_KIND_VALUES),
      householdId: intEq('householdId'),
      requestedById: intEq('requestedById'),
      decidedById: intEq('decidedById'),
      q: contains('reason'),
    },
  };
  private readonly posters = new Map<ApprovalKind, Poster>();

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.approval;
  }

  /** A process says how its kind posts. */
  register(kind: ApprovalKind, poster: Poster): void {
    this.posters.set(kind, poster);
  }

  protected override present(row: Approval & Record<string, unknown>) {
    // A debit file's content stays inside: the list shows its name and its counts.
    const { content: _content, ...params } = (row.params ?? {}) as Record<string, unknown>;
    return { ...row, params, amount: row.amount === null ? null : money(row.amount) };
  }

  /** Files a request; the caller's permission to request it was checked by the permission table. */
  async request(input: ApprovalRequest, staff: StaffPrincipal) {
    const waiting = await this.prisma.approval.findFirst({ where: { subject: input.subject, status: 'PENDING' } });
    if (waiting) throw conflict(input.pendingMessage(waiting.id));
    try {
      const created = await this.prisma.approval.create({
        data: {
          kind: input.kind,
          subject: input.subject,
          householdId: input.householdId ?? null,
          amount: input.amount ?? null,
          reason: input.reason,
          params: { ...input.params, requesterRole: staff.role } as Prisma.InputJsonValue,
          requestedById: staff.id,
        },
      });
      return this.get(created.id);
    } catch (error) {
      // Two requests at the same moment: the partial unique index lets one be pending.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const first = await this.prisma.approval.findFirst({ where: { subject: input.subject, status: 'PENDING' } });
        if (first) throw conflict(input.pendingMessage(first.id));
      }
      throw error;
    }
  }

  /** The approval if this staff member may decide it now: pending, their role may approve its kind, and they are another person of another role. */
  private async decidable(id: number, staff: StaffPrincipal): Promise<Approval> {
    await this.get(id);
    const approval = await this.prisma.approval.findUniqueOrThrow({ where: { id }, include: { decidedBy: person } });
    if (approval.status !== 'PENDING') {
      const by = approval.decidedBy?.displayName ?? '';
      throw conflict(approval.status === 'APPROVED' ? `Approval ${id} has already been approved by ${by}.` : `Approval ${id} has already been rejected by ${by}.`);
    }
    const [resource, action] = APPROVAL_KINDS[approval.kind].approve;
    if (!may(staff.role, resource, action)) throw forbidden(`Your role may not approve changes to ${resource}.`);
    if (approval.requestedById === staff.id) throw forbidden('You asked for this yourself: another person of another role must decide it.');
    const requesterRole = (approval.params as { requesterRole?: string }).requesterRole;
    if (requesterRole === staff.role) throw forbidden('Someone of your role asked for this: a person of another role must decide it.');
    return approval;
  }

  /** Approves and posts. Of two approvals at the same moment one posts; the other is told it was approved. */
  async approve(id: number, staff: StaffPrincipal, note?: string) {
    const approval = await this.decidable(id, staff);
    const poster = this.posters.get(approval.kind);
    if (!poster) throw new Error(`No poster for ${approval.kind}`);
    const claimed = await this.prisma.approval.updateMany({
      where: { id, status: 'PENDING' },
      data: { status: 'APPROVED', decidedById: staff.id, decidedAt: new Date(), decisionNote: note?.trim() || null },
    });
    if (!claimed.count) await this.decidable(id, staff);
    let outcome: Prisma.InputJsonValue;
    try {
      outcome = await poster({ ...approval, status: 'APPROVED', decidedById: staff.id }, staff);
    } catch (error) {
      // Not posted (the ladder stopped meanwhile, a bank reference came in another file): it waits again, to be rejected or retried.
      await this.prisma.approval.updateMany({ where: { id, status: 'APPROVED', postedAt: null }, data: { status: 'PENDING', decidedById: null, decidedAt: null, decisionNote: null } });
      throw error;
    }
    await this.prisma.approval.update({ where: { id }, data: { postedAt: new Date(), outcome } });
    return this.get(id);
  }

  /** Rejects with a reason: who and why are kept, nothing else changes. */
  async reject(id: number, staff: StaffPrincipal, note: string) {
    await this.decidable(id, staff);
    const decided = await this.prisma.approval.updateMany({
      where: { id, status: 'PENDING' },
      data: { status: 'REJECTED', decidedById: staff.id, decidedAt: new Date(), decisionNote: note.trim() },
    });
    if (!decided.count) await this.decidable(id, staff);
    return this.get(id);
  }
}
