import { ConflictException, Injectable } from '@nestjs/common';
import { Prisma, type Department, type ReceptionEntry } from '../../../../prisma/client';
import { loadCalendar } from '../../../../workflows/core/activities/policy-data';
import { resolveDue } from '../../../../workflows/core/calendar';
import { DEFAULT_RECEPTION_POLICY, specialistQuestionWorkflowId, specialistTitle, type ReceptionPolicy } from '../../../../workflows/reception/policy';
import type { SpecialistQuestionInput } from '../../../../workflows/reception/workflow';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService } from '../cases/cases.service';
import { assertReference } from '../common/crud';
import { badRequest, notFound } from '../common/errors';
import { validationPipe } from '../common/validation';
import { ComplaintsService } from '../complaints/complaints';
import { CreateComplaintDto } from '../complaints/complaints.dto';
import { PrismaService } from '../database/prisma.service';
import { CreateRepairDto } from '../repairs/repairs.dto';
import { RepairsService } from '../repairs/repairs.service';
import { ReceptionEntriesService, withoutNulls } from './entries.service';
import type { AskSpecialistDto, ComplaintFromEntryDto, RepairFromEntryDto } from './reception.dto';

const pipe = validationPipe();
const COMPLAINT_CHANNEL = { VISIT: 'FRONT_DESK', PHONE: 'HOTLINE', LETTER: 'LETTER', ONLINE: 'ONLINE' } as const;
const REPAIR_CHANNEL = { VISIT: 'DESK', PHONE: 'HOTLINE', LETTER: 'DESK', ONLINE: 'DESK' } as const;
type Process = 'complaint' | 'repair' | 'specialist-question';

/**
 * REC-1 / REC-2: a log entry becomes a complaint, a repair order or a specialist question without being typed
 * again, and is linked to the case it became (one case per entry). The case's timeline says where it came from.
 */
@Injectable()
export class ReceptionConversionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
    private readonly entries: ReceptionEntriesService,
    private readonly complaints: ComplaintsService,
    private readonly repairs: RepairsService,
  ) {}

  private async entry(id: number): Promise<ReceptionEntry> {
    const entry = await this.prisma.receptionEntry.findUnique({ where: { id } });
    if (!entry) throw notFound('reception entry', id);
    return entry;
  }

  /**
   * Claims the entry for one process, so two conversions at once cannot both open a case; the same one again
   * (a double submit, a retry) goes on and finds the case its requestId opened.
   */
  private async claim(entry: ReceptionEntry, process: Process): Promise<void> {
    const { count } = await this.prisma.receptionEntry.updateMany({ where: { id: entry.id, OR: [{ linkedProcess: null }, { linkedProcess: process, caseId: null }] }, data: { linkedProcess: process } });
    if (count) return;
    const current = await this.entry(entry.id);
    if (current.linkedProcess === process && current.caseId !== null) return;
    throw new ConflictException({ statusCode: 409, message: `Reception entry ${entry.id} has already become a ${current.linkedProcess} (case ${current.caseId ?? 'being opened'}): one entry, one case.` });
  }

  /** Links the entry to its case and tells the case where it came from. */
  private async link(entry: ReceptionEntry, process: Process, caseId: number, staff: StaffPrincipal) {
    await this.prisma.$transaction(async (tx) => {
      await tx.receptionEntry.updateMany({ where: { id: entry.id, caseId: null }, data: { caseId, linkedProcess: process, linkedAt: new Date() } });
      await tx.timelineEntry.createMany({
        skipDuplicates: true,
        data: {
          caseId,
          key: `reception-entry-${entry.id}`,
          type: 'FROM_RECEPTION',
          actorId: staff.id,
          data: { entryId: entry.id, kind: entry.kind, channel: entry.channel, receivedAt: entry.receivedAt.toISOString(), residentName: entry.residentName } as Prisma.InputJsonValue,
        },
      });
    });
    return this.entries.get(entry.id);
  }

  private async convert<T>(id: number, process: Process, open: (entry: ReceptionEntry) => Promise<T>, caseOf: (opened: T) => number, staff: StaffPrincipal) {
    const entry = await this.entry(id);
    await this.claim(entry, process);
    let opened: T;
    try {
      opened = await open(entry);
    } catch (error) {
      await this.prisma.receptionEntry.updateMany({ where: { id, caseId: null, linkedProcess: process }, data: { linkedProcess: null } });
      throw error;
    }
    return this.link(entry, process, caseOf(opened), staff);
  }

  /** The same request id for the same entry: taking it twice opens one case. */
  private requestIdOf(entryId: number, process: Process, given?: string) {
    return given ?? `reception-${entryId}-${process}`;
  }

  async toComplaint(id: number, given: ComplaintFromEntryDto, staff: StaffPrincipal) {
    const dto = withoutNulls(given);
    return this.convert(
      id,
      'complaint',
      async (entry) => {
        const merged = {
          householdId: entry.householdId ?? undefined,
          complainantName: entry.residentName,
          phone: entry.phone,
          channel: COMPLAINT_CHANNEL[entry.channel],
          occurredAt: entry.receivedAt.toISOString(),
          description: entry.content,
          confirmedWithResident: true,
          ...dto,
          requestId: this.requestIdOf(id, 'complaint', dto.requestId),
        };
        const complaint = (await pipe.transform(merged, { type: 'body', metatype: CreateComplaintDto })) as CreateComplaintDto;
        return (await this.complaints.take(complaint, staff)) as { caseId: number };
      },
      (c) => c.caseId,
      staff,
    );
  }

  async toRepair(id: number, given: RepairFromEntryDto, staff: StaffPrincipal) {
    const dto = withoutNulls(given);
    return this.convert(
      id,
      'repair',
      async (entry) => {
        const merged = {
          householdId: entry.householdId ?? undefined,
          reporterName: entry.residentName,
          phone: entry.phone,
          channel: REPAIR_CHANNEL[entry.channel],
          description: entry.content,
          confirmedWithResident: true,
          ...dto,
          requestId: this.requestIdOf(id, 'repair', dto.requestId),
        };
        const repair = (await pipe.transform(merged, { type: 'body', metatype: CreateRepairDto })) as CreateRepairDto;
        return (await this.repairs.take(repair, staff)) as { caseId: number };
      },
      (r) => r.caseId,
      staff,
    );
  }

  /** REC-2: the question goes to a specialist through a task; the resident is answered by the promised time. */
  async askSpecialist(id: number, given: AskSpecialistDto, staff: StaffPrincipal) {
    const dto = withoutNulls(given);
    if ((dto.department === undefined) === (dto.specialistId === undefined)) throw badRequest('department', 'name the specialist: a department or a person (specialistId), one of them');
    await assertReference(this.prisma.staff, 'specialistId', dto.specialistId, 'staff member');
    if (dto.promisedBy !== undefined && !(Date.parse(dto.promisedBy) > Date.now())) throw badRequest('promisedBy', 'must be in the future');
    const policy = (await this.cases.currentPolicy('reception', DEFAULT_RECEPTION_POLICY)).data as ReceptionPolicy;
    return this.convert(
      id,
      'specialist-question',
      async (entry) => {
        const promisedBy = dto.promisedBy ? new Date(dto.promisedBy) : new Date(resolveDue(Date.now(), policy.defaultPromise, await loadCalendar(this.prisma)));
        const kase = (await this.cases.startCase<SpecialistQuestionInput, number>({
          process: 'specialist-question',
          workflowType: 'specialistQuestionWorkflow',
          workflowId: specialistQuestionWorkflowId,
          title: specialistTitle(dto.question),
          householdId: entry.householdId ?? undefined,
          policyKey: 'reception',
          defaultPolicy: DEFAULT_RECEPTION_POLICY,
          requestId: this.requestIdOf(id, 'specialist-question'),
          prepare: async (caseId) =>
            (
              await this.prisma.specialistQuestion.create({
                data: { entryId: entry.id, caseId, question: dto.question.trim(), department: (dto.department as Department | undefined) ?? null, specialistId: dto.specialistId ?? null, promisedBy },
              })
            ).id,
          undo: async (caseId) => void (await this.prisma.specialistQuestion.deleteMany({ where: { caseId } })),
          input: (caseId, saved, delivery, questionId) => ({
            caseId,
            questionId,
            householdId: entry.householdId ?? undefined,
            question: dto.question.trim(),
            department: dto.department as SpecialistQuestionInput['department'],
            specialistId: dto.specialistId,
            tellerId: entry.handlerId ?? entry.takenById,
            promisedBy: promisedBy.toISOString(),
            policy: saved as ReceptionPolicy,
            delivery,
          }),
        })) as { id: number };
        return kase;
      },
      (k) => k.id,
      staff,
    );
  }
}
