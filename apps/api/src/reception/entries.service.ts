import { Injectable } from '@nestjs/common';
import { ReceptionChannel, ReceptionKind, type ReceptionEntry } from '../../../../prisma/client';
import { createQueue } from '../../../../workflows/core/activities/queue';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService } from '../cases/cases.service';
import { assertReference, CrudService } from '../common/crud';
import { badRequest } from '../common/errors';
import { boolEq, columns, contains, date, enumEq, intEq, type ListSpec } from '../common/list-query';
import { createOnce } from '../common/request-id';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';
import type { CreateReceptionEntryDto } from './reception.dto';

const HOUR = 3600_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The instants a local (China time) day runs between. */
export function localDay(value: unknown, field: string): { gte: Date; lt: Date } {
  if (typeof value !== 'string') throw badRequest(field, 'must be a date (YYYY-MM-DD)');
  const day = value.trim();
  const start = new Date(`${day}T00:00:00+08:00`);
  const year = Number(day.slice(0, 4));
  if (!DAY_PATTERN.test(day) || year < 1900 || Number.isNaN(start.getTime()) || new Date(start.getTime() + 8 * HOUR).toISOString().slice(0, 10) !== day) {
    throw badRequest(field, 'must be a date (YYYY-MM-DD)');
  }
  return { gte: start, lt: new Date(start.getTime() + 24 * HOUR) };
}

/** An optional field sent as null is left out, as if it had not been sent (no household, no handler). */
export function withoutNulls<T extends object>(dto: T): T {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== null)) as T;
}

const staffName = { select: { id: true, displayName: true } };

/** REC-1: the daily reception log (住户接待登记): every call and visit, who took it and who handles it. */
@Injectable()
export class ReceptionEntriesService extends CrudService {
  protected readonly label = 'reception entry';
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'receivedAt', 'kind', 'channel'),
    defaultSort: ['receivedAt', 'desc'],
    filters: {
      day: (v, k) => ({ receivedAt: localDay(v, `filter.${k}`) }),
      from: (v, k) => ({ receivedAt: { gte: date(v, k) } }),
      to: (v, k) => ({ receivedAt: { lt: date(v, k) } }),
      kind: enumEq('kind', Object.values(ReceptionKind)),
      channel: enumEq('channel', Object.values(ReceptionChannel)),
      takenById: intEq('takenById'),
      handlerId: intEq('handlerId'),
      householdId: intEq('householdId'),
      praisedStaffId: intEq('praisedStaffId'),
      caseId: intEq('caseId'),
      linked: (v, k) => {
        const { linked } = boolEq('linked')(v, k) as { linked: boolean };
        return linked ? { caseId: { not: null } } : { caseId: null };
      },
      q: (v, k) => ({ OR: [contains('residentName')(v, k), contains('phone')(v, k), contains('content')(v, k)] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
    private readonly temporal: TemporalService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.receptionEntry;
  }

  /** Names for the ids: who took it, who handles it, who was praised; the household; the case it became. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override async presentMany(rows: any[]) {
    const entries = rows as ReceptionEntry[];
    const staffIds = [...new Set(entries.flatMap((e) => [e.takenById, e.handlerId, e.praisedStaffId]).filter((id): id is number => id !== null))];
    const [staff, households, cases, questions, forms] = await Promise.all([
      this.prisma.staff.findMany({ where: { id: { in: staffIds } }, ...staffName }),
      this.prisma.household.findMany({
        where: { id: { in: entries.flatMap((e) => (e.householdId ? [e.householdId] : [])) } },
        select: { id: true, name: true, unit: { select: { number: true, building: { select: { name: true } } } } },
      }),
      this.prisma.case.findMany({
        where: { id: { in: entries.flatMap((e) => (e.caseId ? [e.caseId] : [])) } },
        select: { id: true, process: true, titleZh: true, titleEn: true, status: true, escalationLevel: true, repairOrder: { select: { id: true, serial: true } } },
      }),
      this.prisma.specialistQuestion.findMany({ where: { entryId: { in: entries.map((e) => e.id) } } }),
      this.prisma.contactForm.findMany({ where: { entryId: { in: entries.map((e) => e.id) } }, select: { id: true, number: true, entryId: true, status: true } }),
    ]);
    const complaints = await this.prisma.complaint.findMany({ where: { caseId: { in: cases.map((c) => c.id) } }, select: { id: true, caseId: true } });
    const byId = <T extends { id: number }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    const [s, h, c] = [byId(staff), byId(households), byId(cases)];
    return entries.map((e) => ({
      ...e,
      takenBy: s.get(e.takenById) ?? null,
      handler: e.handlerId ? (s.get(e.handlerId) ?? null) : null,
      praisedStaff: e.praisedStaffId ? (s.get(e.praisedStaffId) ?? null) : null,
      household: e.householdId ? (h.get(e.householdId) ?? null) : null,
      case: e.caseId ? (c.get(e.caseId) ?? null) : null,
      complaintId: complaints.find((x) => x.caseId === e.caseId)?.id ?? null,
      repairId: (e.caseId && c.get(e.caseId)?.repairOrder?.id) || null,
      question: questions.find((q) => q.entryId === e.id) ?? null,
      contactForms: forms.filter((f) => f.entryId === e.id),
    }));
  }

  /** REC-1: a call or visit into the log; praise goes on the record of the staff member praised, with a notice. */
  async take(given: CreateReceptionEntryDto, staff: StaffPrincipal) {
    const dto = withoutNulls(given);
    await assertReference(this.prisma.household, 'householdId', dto.householdId, 'household');
    await assertReference(this.prisma.staff, 'handlerId', dto.handlerId, 'staff member');
    await assertReference(this.prisma.staff, 'praisedStaffId', dto.praisedStaffId, 'staff member');
    if (dto.kind === 'PRAISE' && dto.praisedStaffId === undefined) throw badRequest('praisedStaffId', 'praise names the staff member praised');
    if (dto.kind !== 'PRAISE' && dto.praisedStaffId !== undefined) throw badRequest('praisedStaffId', 'only praise names a staff member praised');
    const { confirmedWithResident: _confirmed, requestId, ...fields } = dto;
    const { record, created } = await createOnce(
      requestId,
      (id) => this.prisma.receptionEntry.findUnique({ where: { requestId: id } }),
      () =>
        this.prisma.receptionEntry.create({
          data: { ...fields, residentName: fields.residentName.trim(), phone: fields.phone.trim(), content: fields.content.trim(), takenById: staff.id, confirmedAt: new Date(), requestId },
        }),
    );
    if (created && record.kind === 'PRAISE' && record.praisedStaffId) await this.praise(record);
    return this.get(record.id);
  }

  /** The praise on the staff member's record, and a notice to them through the outbox (once per entry). */
  private async praise(entry: ReceptionEntry) {
    const praise = await this.prisma.staffPraise.upsert({
      where: { entryId: entry.id },
      create: { entryId: entry.id, staffId: entry.praisedStaffId!, text: entry.content },
      update: {},
    });
    const staff = await this.prisma.staff.findUniqueOrThrow({ where: { id: praise.staffId } });
    const messageId = await createQueue(this.prisma)({
      caseId: null,
      idempotencyKey: `reception-praise-${entry.id}`,
      channel: staff.email ? 'EMAIL' : 'SMS',
      to: { staffId: staff.id },
      template: 'notice',
      params: { subject: '住户表扬 / Praise from a resident', text: `${entry.residentName}：${entry.content}` },
      timelineKey: `reception-praise-${entry.id}`,
    });
    await this.prisma.staffPraise.update({ where: { id: praise.id }, data: { messageId } });
    await this.temporal.client.workflow
      .start('messageDeliveryWorkflow', { workflowId: `message-${messageId}`, taskQueue: this.temporal.taskQueue, args: [{ messageId, delivery: this.cases.delivery }] })
      .catch((error: Error) => {
        if (error.name !== 'WorkflowExecutionAlreadyStartedError') throw error;
      });
  }
}
