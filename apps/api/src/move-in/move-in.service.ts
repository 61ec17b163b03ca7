import { ConflictException, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { loadPolicy } from '../../../../workflows/core/activities/policy-data';
import { startCase, WorkflowUnavailable } from '../../../../workflows/core/activities/start-case';
import { DEFAULT_MOVE_IN_POLICY, moveInTitle, moveInWorkflowId, type MoveInPolicy } from '../../../../workflows/move-in/policy';
import type { MoveInInput } from '../../../../workflows/move-in/workflow';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService } from '../cases/cases.service';
import { checklistsPolicy, openChecklist, requiredItems } from '../checklists/checklists';
import { asHttpRefusal, checklistInclude } from '../checklists/checklists.service';
import { CrudService } from '../common/crud';
import { badRequest, conflict, notFound } from '../common/errors';
import { columns, contains, enumEq, intEq, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import type { IssueDto, OpenMoveInDto, RegistrationDto } from './move-in.dto';

export const MOVE_IN_STAGES = ['BOOKED', 'IN_PROGRESS', 'WAITING_FOR_DEFECTS', 'DONE'] as const;

const householdBrief = { select: { id: true, name: true, phone: true, unit: { select: { id: true, number: true, building: { select: { id: true, name: true } } } } } };

/** The move-in cases (MOV-1..MOV-6, MOV-8): opened at the desk, the steps' records, the steps' tasks run by the workflow. */
@Injectable()
export class MoveInService extends CrudService {
  protected readonly label = 'move-in';
  protected override readonly include = {
    household: householdBrief,
    issues: { orderBy: { id: 'asc' as const } },
    case: { select: { id: true, status: true, tasks: { where: { status: 'OPEN' as const }, select: { id: true, key: true, titleZh: true, titleEn: true, dueAt: true } } } },
  };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'createdAt', 'appointmentAt', 'stage'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      stage: enumEq('stage', MOVE_IN_STAGES),
      householdId: intEq('householdId'),
      buildingId: (v, k) => ({ household: { unit: intEq('buildingId')(v, k) } }),
      q: (v, k) => ({ OR: [contains('applicantName')(v, k), contains('applicantPhone')(v, k), { household: { unit: contains('number')(v, k) } }] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.moveIn;
  }

  policy() {
    return loadPolicy<MoveInPolicy>(this.prisma, 'move-in', DEFAULT_MOVE_IN_POLICY);
  }

  /** With its checklist (the core's) and what the page needs of the policy. */
  override async get(id: number) {
    const row = (await super.get(id)) as { checklistId: number };
    const checklist = await this.prisma.checklist.findUnique({ where: { id: row.checklistId }, include: checklistInclude });
    const { agreements, issues } = (await this.policy()).data;
    return { ...row, checklist, policy: { agreements, issues } };
  }

  /** The household to move into: the one named, or the unit's (a unit without one gets its household now, MOV-2). */
  private async household(dto: OpenMoveInDto) {
    if (dto.householdId != null) {
      const found = await this.prisma.household.findUnique({ where: { id: dto.householdId }, include: { unit: { include: { building: true } } } });
      if (!found) throw badRequest('householdId', `household ${dto.householdId} does not exist`);
      return found;
    }
    if (dto.unitId == null) throw badRequest('householdId', 'give the householdId, or the unitId of the unit handed over');
    const unit = await this.prisma.unit.findUnique({ where: { id: dto.unitId }, include: { building: true } });
    if (!unit) throw badRequest('unitId', `unit ${dto.unitId} does not exist`);
    const existing = await this.prisma.household.findFirst({ where: { unitId: unit.id, active: true }, include: { unit: { include: { building: true } } }, orderBy: { id: 'desc' } });
    if (existing) return existing;
    return this.prisma.household.create({
      data: { unitId: unit.id, occupancy: 'OWNER', partyType: dto.applicantKind === 'COMPANY' ? 'COMPANY' : 'INDIVIDUAL', name: dto.applicantName.trim(), phone: dto.applicantPhone.trim() },
      include: { unit: { include: { building: true } } },
    });
  }

  /** MOV-1: opens the case with the checklist of who comes; a tenant is not who moves in (400 naming applicantKind). */
  async open(dto: OpenMoveInDto, staff: StaffPrincipal) {
    const appointmentAt = dto.appointmentAt ? new Date(dto.appointmentAt) : null;
    if (appointmentAt && Number.isNaN(appointmentAt.getTime())) throw badRequest('appointmentAt', 'must be an ISO 8601 date-time');
    const checklists = await checklistsPolicy(this.prisma);
    try {
      requiredItems(checklists.data, 'move-in', dto.applicantKind);
    } catch (error) {
      throw asHttpRefusal(error);
    }
    if (dto.requestId) {
      const earlier = await this.prisma.moveIn.findUnique({ where: { requestId: dto.requestId }, select: { id: true } });
      if (earlier) return this.get(earlier.id);
    }
    const household = await this.household(dto);
    const location = `${household.unit.building.name} ${household.unit.number}`;
    // Booked ahead: the owner comes later; opened at the desk: in progress from now.
    const booked = appointmentAt !== null && appointmentAt.getTime() > Date.now();
    try {
      const caseId = await startCase<MoveInInput, { moveInId: number }>(this.prisma, this.cases.startWorkflow, this.cases.delivery, {
        process: 'move-in',
        workflowType: 'moveInWorkflow',
        workflowId: moveInWorkflowId,
        title: moveInTitle(location, household.name),
        householdId: household.id,
        policyKey: 'move-in',
        defaultPolicy: DEFAULT_MOVE_IN_POLICY,
        requestId: dto.requestId,
        prepare: (id) =>
          this.prisma.$transaction(async (tx) => {
            const checklist = await openChecklist(tx, checklists, { purpose: 'move-in', applicantKind: dto.applicantKind, householdId: household.id, createdById: staff.id });
            // The warranty of a defect's repair counts from the handover (REP-2): today, unless on file already.
            if (!household.unit.handoverDate) await tx.unit.update({ where: { id: household.unitId }, data: { handoverDate: new Date() } });
            const row = await tx.moveIn.create({
              data: { caseId: id, householdId: household.id, applicantKind: dto.applicantKind, applicantName: dto.applicantName.trim(), applicantPhone: dto.applicantPhone.trim(), appointmentAt, checklistId: checklist.id, createdById: staff.id, requestId: dto.requestId, ...(booked ? {} : { stage: 'IN_PROGRESS' as const, startedAt: new Date() }) },
            });
            return { moveInId: row.id };
          }),
        recover: async (id) => {
          const row = await this.prisma.moveIn.findUnique({ where: { caseId: id }, select: { id: true } });
          return row ? { moveInId: row.id } : null;
        },
        input: (id, saved, delivery, prepared) => ({
          caseId: id,
          moveInId: prepared.moveInId,
          householdId: household.id,
          summary: { zh: `${location} ${household.name}`, en: `${location} ${household.name}` },
          policy: saved as MoveInPolicy,
          delivery,
        }),
      });
      // A repeated requestId may find the first submission still writing its move-in.
      for (let waited = 0; ; waited += 100) {
        const row = await this.prisma.moveIn.findUnique({ where: { caseId }, select: { id: true } });
        if (row) return this.get(row.id);
        if (waited >= 5_000) throw conflict('the move-in with this requestId is still being opened: try again with the same requestId');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } catch (error) {
      if (error instanceof WorkflowUnavailable) throw new ServiceUnavailableException({ statusCode: 503, message: `The move-in was not opened: the workflow service is unavailable (${error.message}). Try again with the same requestId.` });
      throw error;
    }
  }

  private async row(id: number) {
    const found = await this.prisma.moveIn.findUnique({ where: { id }, include: { household: true } });
    if (!found) throw notFound('move-in', id);
    return found;
  }

  /** MOV-2: the registration form completes the household, adds its members and contacts, records the agreements signed. */
  async register(id: number, dto: RegistrationDto, staff: StaffPrincipal) {
    const m = await this.row(id);
    if (m.registeredAt) throw conflict(`move-in ${id} is already registered`);
    const policy = (await this.policy()).data;
    const known = policy.agreements.map((a) => a.code);
    const unknown = dto.agreements.find((a) => !known.includes(a));
    if (unknown) throw badRequest('agreements', `${unknown} is not an agreement of move-in: ${known.join(', ')}`);
    const { count } = await this.prisma.$transaction(async (tx) => {
      const claimed = await tx.moveIn.updateMany({ where: { id, registeredAt: null }, data: { registeredAt: new Date(), registeredById: staff.id, agreements: [...new Set(dto.agreements)] } });
      if (!claimed.count) return claimed;
      await tx.household.update({
        where: { id: m.householdId },
        data: { ...(dto.name ? { name: dto.name.trim() } : {}), ...(dto.phone ? { phone: dto.phone.trim() } : {}), moveInDate: new Date(), occupancy: 'OWNER' },
      });
      for (const member of dto.members ?? []) await tx.member.create({ data: { householdId: m.householdId, name: member.name.trim(), relation: member.relation.trim(), phone: member.phone ?? null, idNumber: member.idNumber ?? null } });
      for (const c of dto.contacts ?? []) await tx.contact.create({ data: { householdId: m.householdId, name: c.name.trim(), relation: c.relation ?? null, phone: c.phone ?? null, email: c.email ?? null, emergency: c.emergency ?? false } });
      return claimed;
    });
    if (!count) throw conflict(`move-in ${id} is already registered`);
    return this.get(id);
  }

  /** MOV-3: keys by kind and count, the handbook and diagrams, with the resident's receipt; the key register is made of these. */
  async issue(id: number, dto: IssueDto, staff: StaffPrincipal) {
    const m = await this.row(id);
    if (m.issuedAt) throw new ConflictException({ statusCode: 409, message: `move-in ${id}: keys and handbook are already issued` });
    const policy = (await this.policy()).data;
    const counts = new Map(dto.items.map((i) => [i.code, i.count]));
    for (const code of counts.keys()) if (!policy.issues.some((p) => p.code === code)) throw badRequest('items', `${code} is not handed over at move-in: ${policy.issues.map((p) => p.code).join(', ')}`);
    const missing = policy.issues.filter((p) => p.kind !== 'KEY' && !counts.get(p.code));
    if (missing.length) throw badRequest('items', `the ${missing.map((p) => p.label.en).join(', ')} must be handed over too`);
    const keys = policy.issues.filter((p) => p.kind === 'KEY' && (counts.get(p.code) ?? 0) > 0);
    if (!keys.length) throw badRequest('items', 'at least one key is handed over');
    const given = policy.issues.filter((p) => (counts.get(p.code) ?? 0) > 0);
    await this.prisma.$transaction(async (tx) => {
      const claimed = await tx.moveIn.updateMany({ where: { id, issuedAt: null }, data: { issuedAt: new Date(), receivedBy: dto.receivedBy.trim() } });
      if (!claimed.count) throw conflict(`move-in ${id}: keys and handbook are already issued`);
      await tx.moveInIssue.createMany({
        data: given.map((p) => ({ moveInId: id, kind: p.kind, code: p.code, labelZh: p.label.zh, labelEn: p.label.en, count: counts.get(p.code)!, receivedBy: dto.receivedBy.trim(), issuedById: staff.id })),
      });
    });
    return this.get(id);
  }
}
