import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService } from '../cases/cases.service';
import { CrudService } from '../common/crud';
import { badRequest, conflict, invalidFields, notFound } from '../common/errors';
import { boolEq, columns, contains, intEq, type ListSpec } from '../common/list-query';
import { createOnce } from '../common/request-id';
import { PrismaService } from '../database/prisma.service';
import { withMaskedIdentity } from '../permissions/confidential';
import { TemporalService } from '../temporal/temporal.module';
import { parseHandoverCsv, type LineError } from './csv';
import type { AppointmentDto, ImportHandoverDto } from './handover.dto';
import { documentsToBring, queueToBuyer } from './notices';

const target = { unit: { include: { building: { include: { estate: true } } } } };
const DAY = 86_400_000;
/** At most this many lines are named in a refusal; the first ones are enough to fix the file. */
const SHOWN = 20;

/** The developer's handover list: move-in notices sent by SMS and letter, and the handover appointment per unit. */
@Injectable()
export class HandoverService extends CrudService {
  protected readonly label = 'move-in notice';
  protected override readonly include = { unit: { select: { id: true, number: true, building: { select: { id: true, name: true, code: true } } } } };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'line', 'createdAt', 'appointmentFrom', 'buyerName'),
    defaultSort: ['id', 'asc'],
    filters: {
      importId: intEq('importId'),
      unitId: intEq('unitId'),
      buildingId: (v, k) => ({ unit: intEq('buildingId')(v, k) }),
      booked: (v, k) => (boolEq('booked')(v, k).booked ? { appointmentFrom: { not: null } } : { appointmentFrom: null }),
      q: (v, k) => ({ OR: [contains('buyerName')(v, k), contains('phone')(v, k), { unit: contains('number')(v, k) }] }),
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
    return this.prisma.handoverNotice;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override present(row: any) {
    return withMaskedIdentity(row);
  }

  async identity(id: number) {
    const row = await this.prisma.handoverNotice.findUnique({ where: { id }, select: { id: true, idNumber: true } });
    if (!row) throw notFound(this.label, id);
    return row;
  }

  imports() {
    return this.prisma.handoverImport.findMany({ orderBy: { id: 'desc' }, take: 100, include: { _count: { select: { notices: true } } } });
  }

  private refuse(errors: LineError[]): never {
    const sorted = [...errors].sort((a, b) => a.line - b.line);
    const shown = sorted.slice(0, SHOWN).map((e) => ({ field: `csv.line ${e.line}`, message: `line ${e.line}: ${e.message}` }));
    if (sorted.length > SHOWN) shown.push({ field: 'csv', message: `and ${sorted.length - SHOWN} more lines; nothing was imported` });
    throw invalidFields(shown);
  }

  /** Imports the list: every line or none. Each unit gets its move-in notice by SMS and letter, with the documents to bring. */
  async importList(dto: ImportHandoverDto, staff: StaffPrincipal) {
    const estate = await this.prisma.estate.findUnique({ where: { id: dto.estateId }, select: { id: true } });
    if (!estate) throw badRequest('estateId', `estate ${dto.estateId} does not exist`);
    if (dto.requestId) {
      const earlier = await this.prisma.handoverImport.findUnique({ where: { requestId: dto.requestId } });
      if (earlier) return this.importResult(earlier.id);
    }
    const { lines, errors } = parseHandoverCsv(dto.csv);
    if (errors.length) this.refuse(errors);
    const units = await this.prisma.unit.findMany({
      where: { building: { estateId: dto.estateId }, OR: lines.map((l) => ({ number: l.unitNumber, building: { code: l.buildingCode } })) },
      include: { building: true, households: { where: { active: true, occupancy: 'OWNER' }, select: { id: true } }, handoverNotice: { select: { id: true, importId: true } } },
    });
    const byKey = new Map(units.map((u) => [`${u.building.code}/${u.number}`.toUpperCase(), u]));
    const found = lines.map((l) => ({ line: l, unit: byKey.get(`${l.buildingCode}/${l.unitNumber}`.toUpperCase()) }));
    for (const { line, unit } of found) {
      if (!unit) errors.push({ line: line.line, message: `unit ${line.buildingCode}/${line.unitNumber} is not in this estate` });
      else if (unit.handoverNotice) errors.push({ line: line.line, message: `unit ${line.buildingCode}/${line.unitNumber} already has its move-in notice (import ${unit.handoverNotice.importId})` });
      else if (unit.households.length) errors.push({ line: line.line, message: `unit ${line.buildingCode}/${line.unitNumber} already has an owner on file` });
    }
    if (errors.length) this.refuse(errors);

    const documents = await documentsToBring(this.prisma);
    const { record, created } = await createOnce(
      dto.requestId,
      (requestId) => this.prisma.handoverImport.findUnique({ where: { requestId } }),
      () =>
        this.prisma.$transaction(
          async (tx) => {
            const batch = await tx.handoverImport.create({ data: { estateId: dto.estateId, fileName: dto.fileName?.trim() || null, lines: lines.length, importedById: staff.id, requestId: dto.requestId ?? null } });
            for (const { line, unit } of found) {
              const notice = await tx.handoverNotice.create({ data: { importId: batch.id, unitId: unit!.id, line: line.line, buyerName: line.buyerName, idNumber: line.idNumber, phone: line.phone }, include: target });
              const smsMessageId = await queueToBuyer(tx, notice, 'SMS', 'move-in-notice', 'sms', { documents });
              const letterMessageId = await queueToBuyer(tx, notice, 'LETTER', 'move-in-notice', 'letter', { documents });
              await tx.handoverNotice.update({ where: { id: notice.id }, data: { smsMessageId, letterMessageId } });
            }
            return batch;
          },
          { timeout: 60_000 },
        ),
    ).catch((error: unknown) => {
      // Another import took one of these units a moment ago.
      if ((error as { code?: string }).code === 'P2002' && JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes('unitId')) throw conflict('A unit of this list got its move-in notice a moment ago: look at the notices and import again.');
      throw error;
    });
    if (created) await this.deliverAll(record.id);
    return this.importResult(record.id);
  }

  private async deliverAll(importId: number) {
    const notices = await this.prisma.handoverNotice.findMany({ where: { importId }, select: { smsMessageId: true, letterMessageId: true } });
    for (const id of notices.flatMap((n) => [n.smsMessageId, n.letterMessageId])) if (id) await this.deliver(id);
  }

  private async deliver(messageId: number) {
    await this.cases.startWorkflow('messageDeliveryWorkflow', `message-${messageId}`, [{ messageId, delivery: this.cases.delivery }]);
  }

  private async importResult(id: number) {
    const batch = await this.prisma.handoverImport.findUniqueOrThrow({ where: { id }, include: { _count: { select: { notices: true } } } });
    return { ...batch, notices: batch._count.notices };
  }

  /** Books (or moves) the unit's handover appointment; the buyer is told by SMS. */
  async book(id: number, dto: AppointmentDto, staff: StaffPrincipal) {
    const notice = await this.prisma.handoverNotice.findUnique({ where: { id }, include: target });
    if (!notice) throw notFound(this.label, id);
    const [from, to] = [Date.parse(dto.from), Date.parse(dto.to)];
    if (from < Date.now()) throw badRequest('from', 'is already past');
    if (from > Date.now() + 180 * DAY) throw badRequest('from', 'is more than 180 days ahead');
    if (!(to > from)) throw badRequest('to', 'must be after from');
    if (to - from > DAY / 2) throw badRequest('to', 'an appointment is at most 12 hours long');
    const documents = await documentsToBring(this.prisma);
    const time = new Date(from + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    const messageId = await this.prisma.$transaction(async (tx) => {
      await tx.handoverNotice.update({ where: { id }, data: { appointmentFrom: new Date(from), appointmentTo: new Date(to), bookedAt: new Date(), bookedById: staff.id } });
      const sent = await queueToBuyer(tx, notice, 'SMS', 'move-in-appointment', `appointment-${from}`, { time, documents });
      await tx.handoverNotice.update({ where: { id }, data: { confirmMessageId: sent } });
      return sent;
    });
    await this.deliver(messageId);
    return this.get(id);
  }
}
