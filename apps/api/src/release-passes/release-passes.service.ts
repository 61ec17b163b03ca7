import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { assertComplete, ChecklistRefused, checklistsPolicy, openChecklist } from '../checklists/checklists';
import { asHttpRefusal, checklistInclude } from '../checklists/checklists.service';
import { CrudService } from '../common/crud';
import { badRequest, conflict, notFound } from '../common/errors';
import { columns, contains, intEq, type ListSpec, type Where } from '../common/list-query';
import { createOnce } from '../common/request-id';
import { PrismaService } from '../database/prisma.service';
import { householdBrief, staffBrief } from '../fees/money';
import { gatePolicy, issuePass, PassRefused, revokePass } from '../gate/passes';
import type { ApplyReleasePassDto } from './release-passes.dto';

export const PURPOSE = 'release-pass';
export const RELEASE_STATUSES = ['APPLIED', 'ISSUED', 'USED', 'EXPIRED', 'REVOKED'] as const;
type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

const refusal = (error: unknown) => (error instanceof PassRefused ? badRequest(error.field, error.message) : asHttpRefusal(error));

/** Where a status is, in the columns: an application has no pass yet; an issued one expires with its window. */
function statusWhere(value: unknown, key: string): Where {
  const list = (Array.isArray(value) ? value : [value]) as string[];
  if (!list.every((s) => (RELEASE_STATUSES as readonly string[]).includes(s))) throw badRequest(`filter.${key}`, `must be one of ${RELEASE_STATUSES.join(', ')}`);
  const now = new Date();
  const one: Record<ReleaseStatus, Where> = {
    APPLIED: { passId: null },
    ISSUED: { pass: { status: 'ACTIVE', validTo: { gte: now } } },
    EXPIRED: { pass: { status: 'ACTIVE', validTo: { lt: now } } },
    USED: { pass: { status: 'USED' } },
    REVOKED: { pass: { status: 'REVOKED' } },
  };
  return { OR: list.map((s) => one[s as ReleaseStatus]) };
}

/** REC-3: item release passes, from the application with its documents to the pass the gate checks. */
@Injectable()
export class ReleasePassesService extends CrudService {
  protected readonly label = 'release pass';
  protected override readonly include = {
    household: householdBrief,
    checklist: { include: checklistInclude },
    pass: { select: { id: true, number: true, code: true, status: true, validFrom: true, validTo: true, usedAt: true, revokedAt: true, revokeReason: true, createdAt: true } },
  };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'createdAt', 'validFrom', 'validTo', 'applicantName'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      status: statusWhere,
      householdId: intEq('householdId'),
      q: (v, k) => ({ OR: [contains('applicantName')(v, k), contains('applicantPhone')(v, k), contains('vehicle')(v, k), { pass: contains('number')(v, k) }] }),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.releasePass;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override present(row: any) {
    const pass = row.pass as { status: string; validTo: Date } | null;
    const status: ReleaseStatus = !pass ? 'APPLIED' : pass.status === 'ACTIVE' ? (pass.validTo < new Date() ? 'EXPIRED' : 'ISSUED') : (pass.status as ReleaseStatus);
    return { ...row, status, complete: row.checklist?.completedAt != null };
  }

  /** The application: stored with its checklist of the documents this applicant brings (a tenant: the owner's consent). */
  async apply(dto: ApplyReleasePassDto, staff: StaffPrincipal) {
    const validFrom = new Date(dto.validFrom);
    const validTo = new Date(dto.validTo);
    if (Number.isNaN(validFrom.getTime())) throw badRequest('validFrom', 'must be an ISO 8601 date-time');
    if (Number.isNaN(validTo.getTime())) throw badRequest('validTo', 'must be an ISO 8601 date-time');
    if (!(validTo > validFrom)) throw badRequest('validTo', 'must be after validFrom');
    if (validTo <= new Date()) throw badRequest('validTo', 'must be in the future');
    const kind = (await gatePolicy(this.prisma)).kinds.RELEASE;
    if (kind && validTo.getTime() - validFrom.getTime() > kind.maxValidHours * 3_600_000) throw badRequest('validTo', `a pass of this kind is valid for at most ${kind.maxValidHours} hours`);
    const household = await this.prisma.household.findUnique({ where: { id: dto.householdId }, select: { id: true } });
    if (!household) throw badRequest('householdId', `household ${dto.householdId} does not exist`);
    const policy = await checklistsPolicy(this.prisma);
    const { requestId, ...data } = dto;
    try {
      const { record } = await createOnce(
        requestId,
        (id) => this.prisma.releasePass.findUnique({ where: { requestId: id } }),
        () =>
          this.prisma.$transaction(async (tx) => {
            const checklist = await openChecklist(tx, policy, { purpose: PURPOSE, applicantKind: dto.applicantKind, householdId: dto.householdId, createdById: staff.id });
            return tx.releasePass.create({
              data: { ...data, items: data.items.map((i) => ({ name: i.name, quantity: i.quantity })), validFrom, validTo, checklistId: checklist.id, createdById: staff.id, requestId },
            });
          }),
      );
      return this.get(record.id);
    } catch (error) {
      throw refusal(error);
    }
  }

  /** Issues the pass once every required document is checked; a tenant without the owner's consent is refused. */
  async issue(id: number, staff: StaffPrincipal) {
    const application = await this.prisma.releasePass.findUnique({ where: { id }, include: { household: householdBrief } });
    if (!application) throw notFound('release pass', id);
    if (application.passId) throw conflict(`release pass ${id} is already issued`);
    if (application.validTo <= new Date()) throw badRequest('validTo', 'the time window is over: apply again with a new one');
    try {
      await assertComplete(this.prisma, application.checklistId);
      const items = application.items as { name: string; quantity: number }[];
      const pass = await issuePass(this.prisma, {
        kind: 'RELEASE',
        holderName: application.applicantName,
        holderPhone: application.applicantPhone,
        householdId: application.householdId,
        summary: `${application.household.unit.number} · ${items.map((i) => `${i.name} ×${i.quantity}`).join('; ')}`.slice(0, 2000),
        vehicle: application.vehicle,
        validFrom: application.validFrom,
        validTo: application.validTo,
        issuedById: staff.id,
      });
      const { count } = await this.prisma.releasePass.updateMany({ where: { id, passId: null }, data: { passId: pass.id, issuedAt: new Date(), issuedById: staff.id } });
      if (!count) {
        await revokePass(this.prisma, pass.id, 'issued twice at the same moment', staff.id);
        throw conflict(`release pass ${id} is already issued`);
      }
      return this.get(id);
    } catch (error) {
      throw error instanceof ChecklistRefused ? badRequest('checklist', error.message) : refusal(error);
    }
  }

  /** Revokes an issued, unused pass with a reason: the gate answers "revoked" from then on. */
  async revoke(id: number, reason: string, staff: StaffPrincipal) {
    const application = await this.prisma.releasePass.findUnique({ where: { id } });
    if (!application) throw notFound('release pass', id);
    if (!application.passId) throw conflict(`release pass ${id} has no pass issued`);
    try {
      await revokePass(this.prisma, application.passId, reason, staff.id);
    } catch (error) {
      if (error instanceof PassRefused) throw conflict('only an unused pass can be revoked');
      throw error;
    }
    return this.get(id);
  }

  /** What the printed pass shows. */
  async forPdf(id: number) {
    const row = await this.prisma.releasePass.findUnique({
      where: { id },
      include: { household: { select: { name: true, unit: { select: { number: true, building: { select: { name: true, estate: { select: { name: true } } } } } } } }, pass: true },
    });
    if (!row) throw notFound('release pass', id);
    if (!row.pass) throw conflict(`release pass ${id} has no pass issued`);
    const issuedBy = row.issuedById ? await this.prisma.staff.findUnique({ where: { id: row.issuedById }, select: staffBrief.select }) : null;
    return { ...row, pass: row.pass, issuedBy, items: row.items as { name: string; quantity: number }[] };
  }
}
export type ReleasePassForPdf = Awaited<ReturnType<ReleasePassesService['forPdf']>>;
