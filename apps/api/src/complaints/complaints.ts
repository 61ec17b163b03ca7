import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ComplaintChannel, ComplaintStatus, ComplaintTier, Department, Prisma, type Complaint } from '../../../../prisma/client';
import { parseDuration } from '../../../../workflows/core/calendar';
import { complaintTitle, complaintWorkflowId, DEFAULT_COMPLAINT_POLICY, type ComplaintPolicy } from '../../../../workflows/complaint/policy';
import type { ComplaintInput } from '../../../../workflows/complaint/workflow';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService, deadlineInclude } from '../cases/cases.service';
import { assertReference, CrudService } from '../common/crud';
import { badRequest, conflict, invalidFields, type FieldError } from '../common/errors';
import { boolEq, columns, contains, date, enumEq, intEq, type ListSpec } from '../common/list-query';
import { validationPipe } from '../common/validation';
import { askedChanges } from '../common/whole-record';
import { PrismaService } from '../database/prisma.service';
import { CORRECTABLE, CorrectComplaintDto, CreateComplaintDto, type CorrectableField } from './complaints.dto';

const DAY = 86_400_000;

/**
 * Why a field of the complaint is not corrected through PUT, and how it does change. Everything but the
 * resident's own words is either what the process was started with and goes by, or the process's record.
 */
function notCorrectable(field: string, caseId: number): FieldError {
  switch (field) {
    case 'tier':
      return { field, message: `is changed through the case's tier override (POST /cases/${caseId}/tier), which re-times the handling` };
    case 'department':
      return { field, message: `is not corrected: to move the handling to another department, reassign its task through the case (POST /cases/${caseId}/reassign)` };
    case 'householdId':
      return { field, message: 'is fixed when the complaint is taken: its case is filed under that household' };
    case 'channel':
      return { field, message: 'is fixed when the complaint is taken: it records how the complaint came in' };
    case 'damageOngoing':
    case 'requestedBy':
      return { field, message: 'is fixed when the complaint is taken: its process set the deadlines by it' };
    case 'status':
    case 'resolvedAt':
    case 'resolvedOnTime':
    case 'invalidReason':
    case 'informedAt':
    case 'informMethod':
    case 'returnVisitAt':
    case 'satisfaction':
    case 'reopenCount':
      return { field, message: "is kept by the complaint's process and changes only through its tasks" };
    default:
      return { field, message: 'is kept by the system and cannot be changed' };
  }
}

const correctable = new Set<string>(CORRECTABLE);
const correctionPipe = validationPipe();

/** A field's value as the timeline keeps it (dates as ISO strings). */
const shown = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** The complaint register: intake (CMP-1), the list with its follow-up view (CMP-8), and the figures. */
@Injectable()
export class ComplaintsService extends CrudService {
  protected readonly label = 'complaint';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'createdAt', 'tier', 'status', 'department', 'resolvedAt'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      tier: enumEq('tier', Object.values(ComplaintTier)),
      status: enumEq('status', Object.values(ComplaintStatus)),
      department: enumEq('department', Object.values(Department)),
      channel: enumEq('channel', Object.values(ComplaintChannel)),
      householdId: intEq('householdId'),
      caseId: intEq('caseId'),
      /** Resolved within the deadline (true) or after it (false): the figures' on-time and late complaints. */
      resolvedOnTime: boolEq('resolvedOnTime'),
      from: (v, k) => ({ createdAt: { gte: date(v, k) } }),
      to: (v, k) => ({ createdAt: { lt: date(v, k) } }),
      q: (v, k) => ({ OR: [contains('complainantName')(v, k), contains('phone')(v, k), contains('description')(v, k), contains('subject')(v, k)] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.complaint;
  }

  /** The case of each complaint (status, escalation, open tasks), attached for the list and the page. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override async presentMany(rows: any[]) {
    const cases = await this.prisma.case.findMany({
      where: { id: { in: rows.map((r) => r.caseId) } },
      select: {
        id: true,
        status: true,
        escalationLevel: true,
        priority: true,
        // Every deadline of the open tasks, the 10-day resolution too: what it is, when, how it was counted.
        tasks: { where: { status: 'OPEN' }, select: { id: true, key: true, dueAt: true, escalationLevel: true, escalatedRole: true, deadlines: deadlineInclude } },
      },
    });
    const byId = new Map(cases.map((c) => [c.id, c]));
    return rows.map((r) => ({ ...r, case: byId.get(r.caseId) ?? null }));
  }

  async policy(): Promise<ComplaintPolicy> {
    return (await this.cases.currentPolicy('complaint', DEFAULT_COMPLAINT_POLICY)).data as ComplaintPolicy;
  }

  /** CMP-8: open complaints older than the policy's follow-up period, oldest first. */
  async followUpScope(): Promise<Prisma.ComplaintWhereInput> {
    const { days, ms } = parseDuration((await this.policy()).followUpAfter);
    return { status: 'OPEN', createdAt: { lt: new Date(Date.now() - days * DAY - ms) } };
  }

  /** Overdue: open, and its case escalated or a task past its due time. */
  async overdueScope(): Promise<Prisma.ComplaintWhereInput> {
    const late = await this.prisma.case.findMany({
      where: {
        process: 'complaint',
        status: 'OPEN',
        OR: [{ escalationLevel: { gt: 0 } }, { tasks: { some: { status: 'OPEN', dueAt: { lt: new Date() } } } }],
      },
      select: { id: true },
    });
    return { status: 'OPEN', caseId: { in: late.map((c) => c.id) } };
  }

  async take(dto: CreateComplaintDto, staff: StaffPrincipal) {
    await assertReference(this.prisma.household, 'householdId', dto.householdId, 'household');
    if (dto.requestedBy && dto.tier !== 'MINOR') throw badRequest('requestedBy', 'a requested date applies to minor complaints only (CMP-4)');
    if (dto.requestedBy && Date.parse(dto.requestedBy) <= Date.now()) throw badRequest('requestedBy', 'must be in the future');
    const { confirmedWithResident: _confirmed, requestId, ...record } = dto;
    const kase = (await this.cases.startCase<ComplaintInput, number>({
      process: 'complaint',
      workflowType: 'complaintWorkflow',
      workflowId: complaintWorkflowId,
      title: complaintTitle(dto.tier, dto.subject),
      householdId: dto.householdId,
      priority: dto.tier === 'MAJOR' ? 'HIGH' : 'NORMAL',
      tier: dto.tier,
      policyKey: 'complaint',
      defaultPolicy: DEFAULT_COMPLAINT_POLICY,
      requestId,
      prepare: async (caseId) =>
        (
          await this.prisma.complaint.create({
            data: {
              ...record,
              occurredAt: new Date(dto.occurredAt),
              requestedBy: dto.requestedBy ? new Date(dto.requestedBy) : null,
              damageOngoing: dto.damageOngoing ?? false,
              caseId,
              confirmedAt: new Date(),
              receivedById: staff.id,
            },
          })
        ).id,
      undo: async (caseId) => void (await this.prisma.complaint.deleteMany({ where: { caseId } })),
      recover: async (caseId) => (await this.prisma.complaint.findUnique({ where: { caseId }, select: { id: true } }))?.id ?? null,
      input: (caseId, policy, delivery, complaintId) => ({
        caseId,
        complaintId,
        householdId: dto.householdId,
        tier: dto.tier,
        department: dto.department,
        damageOngoing: dto.damageOngoing ?? false,
        requestedBy: dto.requestedBy,
        invalidReason: dto.invalidReason,
        policy: policy as ComplaintPolicy,
        delivery,
      }),
    })) as { id: number };
    return this.get(await this.complaintOf(kase.id, requestId));
  }

  /**
   * The complaint of a case just opened. A repeated requestId finds the first submission's case, whose
   * complaint that request may still be writing: it is waited for a moment.
   */
  private async complaintOf(caseId: number, requestId: string | undefined): Promise<number> {
    for (let waited = 0; ; waited += 100) {
      const complaint = await this.prisma.complaint.findUnique({ where: { caseId }, select: { id: true } });
      if (complaint) return complaint.id;
      if (!requestId || waited >= 5_000) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw conflict('The complaint with this requestId is still being taken or was not taken: try again with the same requestId.');
  }

  /**
   * What a PUT asks to correct, validated: the stock client sends the whole record it read, so fields that
   * hold their stored value are left out, a real change to a field that is not the resident's words is
   * refused (400 naming it, with how it does change), and the rest is checked as at intake.
   */
  async correctionOf(id: number, body: unknown): Promise<CorrectComplaintDto> {
    const stored = (await this.get(id)) as Complaint;
    // The case is attached for reading; it changes through its own endpoints, never through the complaint.
    const asked = askedChanges(body, stored, { attached: ['case'] });
    const refused = Object.keys(asked)
      .filter((field) => field in stored && !correctable.has(field))
      .map((field) => notCorrectable(field, stored.caseId));
    if (refused.length) throw invalidFields(refused);
    return (await correctionPipe.transform(asked, { type: 'body', metatype: CorrectComplaintDto })) as CorrectComplaintDto;
  }

  /**
   * Corrects what the resident said that was taken down wrongly, with one COMPLAINT_CORRECTED entry on
   * the case timeline: each field's value before and after, the reason, and who corrected it. Nothing
   * changed, nothing is written. The row is locked while it is compared, so each entry's "from" is the
   * value it replaced, also when two corrections cross.
   *
   * A closed complaint (resolved, or invalid and closed) can still be corrected. Its file is what the
   * estate keeps and shows later (figures, the household's history, a dispute), so a wrong place or phone
   * must not stay wrong; the process has finished, so nothing it does depends on these words any more; and
   * the record stays trustworthy because nothing is overwritten silently: the timeline keeps the earlier
   * value, the reason, who changed it and when, also after the case is closed.
   */
  async correct(id: number, dto: CorrectComplaintDto, staff: StaffPrincipal) {
    const { reason, ...fields } = dto;
    await this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Complaint" WHERE id = ${id} FOR UPDATE`;
      const current = await tx.complaint.findUniqueOrThrow({ where: { id } });
      const changes: Partial<Record<CorrectableField, { from: unknown; to: unknown }>> = {};
      const data: Prisma.ComplaintUpdateInput = {};
      for (const field of CORRECTABLE) {
        const given = fields[field];
        if (given === undefined) continue;
        const value = field === 'occurredAt' ? new Date(given) : given;
        if (shown(value) === shown(current[field])) continue;
        changes[field] = { from: shown(current[field]), to: shown(value) };
        Object.assign(data, { [field]: value });
      }
      if (!Object.keys(changes).length) return;
      await tx.complaint.update({ where: { id }, data });
      if (changes.subject) {
        // The case's title names the subject (as the process writes it when the tier changes).
        const title = complaintTitle(current.tier, String(changes.subject.to));
        await tx.case.update({ where: { id: current.caseId }, data: { titleZh: title.zh, titleEn: title.en } });
      }
      await tx.timelineEntry.create({
        data: {
          key: `complaint-corrected:${id}:${randomUUID()}`,
          caseId: current.caseId,
          type: 'COMPLAINT_CORRECTED',
          actorId: staff.id,
          data: { changes, ...(reason ? { reason } : {}) } as Prisma.InputJsonValue,
        },
      });
    });
    return this.get(id);
  }

  /** Received, handled on time and late, pending, invalid, return-visit rate and satisfaction, per tier and department. */
  async figures(from: Date, to: Date) {
    const rows = await this.prisma.complaint.findMany({ where: { createdAt: { gte: from, lt: to } } });
    type Row = (typeof rows)[number];
    const summarise = (list: Row[]) => {
      const resolved = list.filter((c) => c.status === 'RESOLVED');
      const visited = list.filter((c) => c.satisfaction !== null);
      const satisfied = visited.filter((c) => c.satisfaction === 'SATISFIED');
      return {
        received: list.length,
        resolved: resolved.length,
        onTime: resolved.filter((c) => c.resolvedOnTime).length,
        late: resolved.filter((c) => c.resolvedOnTime === false).length,
        pending: list.filter((c) => c.status === 'OPEN').length,
        invalid: list.filter((c) => c.status === 'INVALID').length,
        returnVisits: visited.length,
        returnVisitRate: resolved.length ? visited.length / resolved.length : null,
        satisfactionRate: visited.length ? satisfied.length / visited.length : null,
      };
    };
    const group = (key: 'tier' | 'department') =>
      Object.fromEntries([...new Set(rows.map((r) => r[key]))].sort().map((k) => [k, summarise(rows.filter((r) => r[key] === k))]));
    return { from: from.toISOString(), to: to.toISOString(), total: summarise(rows), byTier: group('tier'), byDepartment: group('department') };
  }
}
