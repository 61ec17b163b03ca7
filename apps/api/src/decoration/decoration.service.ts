import { Injectable } from '@nestjs/common';
import { DecorationStatus } from '../../../../prisma/client';
import { money } from '../../../common/ledger';
import { fileAuthorityApproval, finishWorks, liftStop, reportViolation } from '../../../../workflows/decoration/messages';
import { approvalTiming, decorationWorkflowId, DEFAULT_DECORATION_POLICY, needsAuthority, type DecorationPolicy } from '../../../../workflows/decoration/policy';
import type { DecorationInput } from '../../../../workflows/decoration/workflow';
import { acceptanceRequestId } from '../../../../workflows/decoration/activities/acceptance';
import { timingsOf, timingSelect } from './timing';
import { DocumentsService } from '../archive/documents/documents';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService, deadlineInclude } from '../cases/cases.service';
import { assertComplete, ChecklistRefused, checklistsPolicy, openChecklist } from '../checklists/checklists';
import { asHttpRefusal, checklistInclude } from '../checklists/checklists.service';
import { actorOf } from '../common/actor';
import { CrudService } from '../common/crud';
import { isRealDate } from '../common/dates';
import { badRequest, conflict, notFound } from '../common/errors';
import { columns, contains, date, enumEq, intEq, type ListSpec } from '../common/list-query';
import { createOnce } from '../common/request-id';
import { PrismaService } from '../database/prisma.service';
import { householdBrief, staffBrief } from '../fees/money';
import { maskIdentity } from '../permissions/confidential';
import { sendUpdate } from '../temporal/updates';
import { TemporalService } from '../temporal/temporal.module';
import type { ApplyDecorationDto, AuthorityApprovalDto, ViolationDto } from './decoration.dto';

export const PURPOSE = 'decoration';
const DAY = 86_400_000;
/** A local date's first and last instant (China Standard Time). */
const startOf = (d: string) => new Date(`${d}T00:00:00+08:00`);
const endOf = (d: string) => new Date(`${d}T23:59:59+08:00`);

const passSelect = { select: { id: true, number: true, code: true, status: true, validFrom: true, validTo: true, stoppedAt: true, stopReason: true, liftedAt: true } };

/** DEC-1..DEC-7: decorations, from the application with its documents to the acceptance. */
@Injectable()
export class DecorationService extends CrudService {
  protected readonly label = 'decoration';
  protected override readonly include = {
    household: householdBrief,
    checklist: { include: checklistInclude },
    workers: { orderBy: { id: 'asc' as const }, include: { pass: passSelect } },
    violations: { orderBy: { foundAt: 'asc' as const } },
    authorityDocument: { select: { id: true, title: true, fileName: true, createdAt: true } },
    case: {
      select: {
        id: true,
        status: true,
        escalationLevel: true,
        tasks: { where: { status: 'OPEN' as const }, select: { id: true, key: true, titleZh: true, titleEn: true, dueAt: true, escalationLevel: true, deadlines: deadlineInclude } },
      },
    },
  };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'createdAt', 'status', 'approvedAt', 'permitNumber'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      status: enumEq('status', Object.values(DecorationStatus)),
      householdId: intEq('householdId'),
      caseId: intEq('caseId'),
      buildingId: (v, k) => ({ household: { unit: intEq('buildingId')(v, k) } }),
      /** Applied from / before (instants): the figures' applications of a period. */
      from: (v, k) => ({ createdAt: { gte: date(v, k) } }),
      to: (v, k) => ({ createdAt: { lt: date(v, k) } }),
      /** Approved from / before (instants): the figures' approvals of a period. */
      approvedFrom: (v, k) => ({ approvedAt: { gte: date(v, k) } }),
      approvedTo: (v, k) => ({ approvedAt: { lt: date(v, k) } }),
      q: (v, k) => ({ OR: [contains('permitNumber')(v, k), contains('applicantName')(v, k), contains('contractorName')(v, k), contains('plan')(v, k)] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
    private readonly documents: DocumentsService,
    private readonly temporal: TemporalService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.decoration;
  }

  async policy(): Promise<{ version: number; data: DecorationPolicy }> {
    return (await this.cases.currentPolicy('decoration', DEFAULT_DECORATION_POLICY)) as { version: number; data: DecorationPolicy };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override present(row: any) {
    const now = Date.now();
    const waiting = row.waitingSince ? now - new Date(row.waitingSince).getTime() : 0;
    const applicantMs = row.applicantWaitMs + waiting + (row.filedAt ? 0 : now - new Date(row.createdAt).getTime());
    const end = row.approvedAt ? new Date(row.approvedAt).getTime() : row.status === 'REFUSED' ? null : now;
    const departmentMs = end === null ? null : Math.max(0, end - new Date(row.createdAt).getTime() - applicantMs);
    return {
      ...row,
      feeAmount: row.feeAmount === null ? null : money(row.feeAmount),
      depositAmount: row.depositAmount === null ? null : money(row.depositAmount),
      workers: row.workers?.map((w: { idNumber: string }) => ({ ...w, idNumber: maskIdentity(w.idNumber) })),
      applicantMs,
      departmentMs,
      timing: row.approvedAt && departmentMs !== null ? approvalTiming(departmentMs, DEFAULT_DECORATION_POLICY, false) : null,
      complete: row.checklist?.completedAt != null,
    };
  }

  /** One decoration, with its acceptance inspection (the inspection core's) once the works are finished. */
  override async get(id: number) {
    const row = (await super.get(id)) as Record<string, unknown>;
    const acceptance = await this.prisma.inspection.findUnique({ where: { requestId: acceptanceRequestId(id) }, select: { id: true, status: true } });
    // DEC-6: judged on the case's own policy version and its plan review's deadline.
    const timed = row.approvedAt ? await this.prisma.decoration.findUnique({ where: { id }, select: timingSelect }) : null;
    const timing = timed ? (await timingsOf(this.prisma, [timed]))[0].timing : row.timing;
    return { ...row, timing, acceptance };
  }

  /** DEC-1, DEC-2: the application, with its checklist of who applies and the texts read to them. */
  async apply(dto: ApplyDecorationDto, staff: StaffPrincipal) {
    if (!isRealDate(dto.worksFrom)) throw badRequest('worksFrom', 'must be a real date');
    if (!isRealDate(dto.worksTo)) throw badRequest('worksTo', 'must be a real date');
    if (dto.worksTo < dto.worksFrom) throw badRequest('worksTo', 'must not be before worksFrom');
    if (endOf(dto.worksTo).getTime() <= Date.now()) throw badRequest('worksTo', 'must be in the future');
    if (endOf(dto.worksTo).getTime() - startOf(dto.worksFrom).getTime() > 180 * DAY) throw badRequest('worksTo', 'a permit is valid for at most 180 days');
    const household = await this.prisma.household.findUnique({ where: { id: dto.householdId }, select: { id: true } });
    if (!household) throw badRequest('householdId', `household ${dto.householdId} does not exist`);
    const [checklists, rules] = [await checklistsPolicy(this.prisma), await this.policy()];
    const { requestId, workers, worksFrom, worksTo, ...data } = dto;
    try {
      const { record } = await createOnce(
        requestId,
        (id) => this.prisma.decoration.findUnique({ where: { requestId: id } }),
        () =>
          this.prisma.$transaction(async (tx) => {
            const checklist = await openChecklist(tx, checklists, { purpose: PURPOSE, applicantKind: dto.applicantKind, householdId: dto.householdId, createdById: staff.id });
            return tx.decoration.create({
              data: {
                ...data,
                applicantName: data.applicantName.trim(),
                contractorName: data.contractorName.trim(),
                plan: data.plan.trim(),
                worksFrom: startOf(worksFrom),
                worksTo: endOf(worksTo),
                rulesPolicyVersion: rules.version,
                checklistId: checklist.id,
                createdById: staff.id,
                requestId,
                workers: { create: workers.map((w) => ({ name: w.name.trim(), idNumber: w.idNumber.toUpperCase(), phone: w.phone ?? null, trade: w.trade?.trim() || null })) },
              },
            });
          }),
      );
      return this.get(record.id);
    } catch (error) {
      throw asHttpRefusal(error);
    }
  }

  /**
   * DEC-1, DEC-6: files a checked application: refused (400, naming the missing documents) until every document
   * of who applies is checked on the household's file; then its process starts. Filing twice opens one case.
   */
  async file(id: number, staff: StaffPrincipal) {
    const d = await this.prisma.decoration.findUnique({ where: { id }, include: { household: householdBrief } });
    if (!d) throw notFound(this.label, id);
    if (d.status !== 'DOCUMENTS' && d.caseId) return this.get(id);
    if (d.status !== 'DOCUMENTS') throw conflict(`decoration ${id} is ${d.status.toLowerCase()}`);
    try {
      await assertComplete(this.prisma, d.checklistId);
    } catch (error) {
      if (error instanceof ChecklistRefused) throw badRequest('checklist', `refused: ${error.message}`);
      throw error;
    }
    const where = `${d.household.unit.building.name} ${d.household.unit.number}`;
    const summary = { zh: `${where} · ${d.applicantName} · ${d.plan.slice(0, 40)}`, en: `${where} · ${d.applicantName} · ${d.plan.slice(0, 40)}` };
    await this.cases.startCase<DecorationInput, true>({
      process: 'decoration',
      workflowType: 'decorationWorkflow',
      workflowId: decorationWorkflowId,
      title: { zh: `装修申请：${summary.zh}`, en: `Decoration: ${summary.en}` },
      householdId: d.householdId,
      policyKey: 'decoration',
      defaultPolicy: DEFAULT_DECORATION_POLICY,
      requestId: `filing-${id}`,
      prepare: async (caseId) => {
        const filedAt = new Date();
        const { count } = await this.prisma.decoration.updateMany({
          where: { id, caseId: null },
          data: { caseId, status: 'REVIEW', filedAt, applicantWaitMs: filedAt.getTime() - d.createdAt.getTime() },
        });
        if (!count) throw conflict(`decoration ${id} was filed meanwhile`);
        return true;
      },
      undo: async (caseId) => void (await this.prisma.decoration.updateMany({ where: { id, caseId }, data: { caseId: null, status: 'DOCUMENTS', filedAt: null, applicantWaitMs: 0 } })),
      recover: async (caseId) => ((await this.prisma.decoration.findFirst({ where: { id, caseId } })) ? true : null),
      input: (caseId, policy, delivery) => ({
        caseId,
        decorationId: id,
        summary,
        needsAuthority: needsAuthority(d),
        worksFrom: d.worksFrom.toISOString(),
        worksTo: d.worksTo.toISOString(),
        policy: policy as DecorationPolicy,
        delivery,
      }),
    });
    void staff;
    return this.get(id);
  }

  private async running(id: number) {
    const d = await this.prisma.decoration.findUnique({ where: { id }, include: { case: { select: { workflowId: true } } } });
    if (!d) throw notFound(this.label, id);
    if (!d.case) throw conflict(`decoration ${id} is not filed yet`);
    return { ...d, workflowId: d.case.workflowId };
  }

  /** DEC-2: the housing authority's approval document, filed on the household's file; the case goes on. */
  async authorityApproval(id: number, dto: AuthorityApprovalDto, file: Express.Multer.File | undefined, staff: StaffPrincipal) {
    const d = await this.running(id);
    if (d.waitingFor !== 'AUTHORITY') throw conflict(`decoration ${id} is not waiting for the housing authority's approval`);
    let documentId: number;
    if (file) {
      documentId = (await this.documents.upload({ householdId: d.householdId, kind: 'PERMIT', title: '房地产主管部门批准书 Housing authority approval', requestId: dto.requestId }, file, staff.id)).id;
    } else if (dto.documentId !== undefined) {
      const doc = await this.prisma.document.findUnique({ where: { id: dto.documentId }, select: { householdId: true, withdrawnAt: true } });
      if (!doc || doc.householdId !== d.householdId || doc.withdrawnAt) throw badRequest('documentId', "must be a document on the household's file");
      documentId = dto.documentId;
    } else throw badRequest('file', "a scan of the approval, or the documentId of one on the household's file, is required");
    await sendUpdate(this.temporal, d.workflowId, fileAuthorityApproval, { documentId, actor: actorOf(staff) });
    return this.get(id);
  }

  /** DEC-5: a violation stops the works; its photos are attachments of the case. */
  async violation(id: number, dto: ViolationDto, staff: StaffPrincipal) {
    const d = await this.running(id);
    const attachmentIds = [...new Set(dto.attachmentIds ?? [])];
    if (attachmentIds.length) {
      const found = await this.prisma.caseAttachment.count({ where: { id: { in: attachmentIds }, caseId: d.caseId! } });
      if (found !== attachmentIds.length) throw badRequest('attachmentIds', 'must be photos attached to this decoration\'s case');
    }
    await sendUpdate(this.temporal, d.workflowId, reportViolation, { notes: dto.notes.trim(), attachmentIds, actor: actorOf(staff) });
    return this.get(id);
  }

  /** DEC-5: a supervisor lifts the stop with a reason. */
  async lift(id: number, reason: string, staff: StaffPrincipal) {
    const d = await this.running(id);
    await sendUpdate(this.temporal, d.workflowId, liftStop, { reason: reason.trim(), actor: actorOf(staff) });
    return this.get(id);
  }

  /** DEC-5: the works are finished: the acceptance inspection follows. */
  async finish(id: number, staff: StaffPrincipal) {
    const d = await this.running(id);
    await sendUpdate(this.temporal, d.workflowId, finishWorks, { actor: actorOf(staff) });
    return this.get(id);
  }

  /** DEC-3: a worker's full identity number, for a role that may read it (the read is recorded). */
  async workerIdentity(workerId: number) {
    const w = await this.prisma.decorationWorker.findUnique({ where: { id: workerId }, select: { id: true, name: true, idNumber: true } });
    if (!w) throw notFound('worker', workerId);
    return w;
  }

  /** What the permit and the workers' cards print. */
  async forPdf(id: number) {
    const row = await this.prisma.decoration.findUnique({
      where: { id },
      include: {
        household: { select: { name: true, unit: { select: { number: true, building: { select: { name: true, estate: { select: { name: true } } } } } } } },
        workers: { orderBy: { id: 'asc' }, include: { pass: true } },
      },
    });
    if (!row) throw notFound(this.label, id);
    if (!row.permitNumber) throw conflict(`decoration ${id} has no permit yet: it is not approved`);
    const reviewer = row.planReviewedById ? await this.prisma.staff.findUnique({ where: { id: row.planReviewedById }, select: staffBrief.select }) : null;
    return { ...row, reviewer, workers: row.workers.map((w) => ({ ...w, idNumber: maskIdentity(w.idNumber) ?? '' })) };
  }
}

export type DecorationForPdf = Awaited<ReturnType<DecorationService['forPdf']>>;
