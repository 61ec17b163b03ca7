import { Injectable } from '@nestjs/common';
import { CustodyStatus, Prisma } from '../../../../prisma/client';
import { custodyWorkflowId, DEFAULT_CUSTODY_POLICY, type CustodyPolicy } from '../../../../workflows/custody/policy';
import { endCustody, readingTaken } from '../../../../workflows/custody/messages';
import type { CustodyInput } from '../../../../workflows/custody/workflow';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService } from '../cases/cases.service';
import { CrudService } from '../common/crud';
import { isRealDate } from '../common/dates';
import { badRequest, conflict, notFound } from '../common/errors';
import { columns, contains, enumEq, intEq, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';
import type { CreateCustodyDto, CustodyReadingDto } from './custody.dto';

const unitBrief = { select: { id: true, number: true, status: true, building: { select: { id: true, name: true } } } };
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const round2 = (n: number) => Math.round(n * 100) / 100;
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** MOV-7: units in the management office's custody, their readings and their end. */
@Injectable()
export class CustodyService extends CrudService {
  protected readonly label = 'custody';
  protected override readonly include = {
    unit: unitBrief,
    household: { select: { id: true, name: true, phone: true } },
    readings: { orderBy: { readAt: 'desc' as const }, take: 50 },
    patrols: { orderBy: { openedAt: 'desc' as const }, take: 50 },
  };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'startedAt', 'endedAt', 'status', 'agreementNo'),
    defaultSort: ['startedAt', 'desc'],
    filters: {
      status: enumEq('status', Object.values(CustodyStatus)),
      householdId: intEq('householdId'),
      unitId: intEq('unitId'),
      caseId: intEq('caseId'),
      buildingId: (v, k) => ({ unit: intEq('buildingId')(v, k) }),
      q: (v, k) => ({ OR: [contains('agreementNo')(v, k), { household: contains('name')(v, k) }, { unit: contains('number')(v, k) }] }),
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
    return this.prisma.custody;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override present(row: any) {
    const reading = (r: Record<string, unknown>) => ({ ...r, water: num(r.water), electricity: num(r.electricity), waterUsed: num(r.waterUsed), electricityUsed: num(r.electricityUsed) });
    return {
      ...row,
      signedOn: row.signedOn instanceof Date ? row.signedOn.toISOString().slice(0, 10) : row.signedOn,
      startWater: num(row.startWater),
      startElectricity: num(row.startElectricity),
      endWater: num(row.endWater),
      endElectricity: num(row.endElectricity),
      ...(row.readings ? { readings: row.readings.map(reading) } : {}),
    };
  }

  async policy(): Promise<CustodyPolicy> {
    return (await this.cases.currentPolicy('custody', DEFAULT_CUSTODY_POLICY)).data as CustodyPolicy;
  }

  /** MOV-7: the agreement with its opening readings; the custody's process starts and bills the unit at 70% from then on. */
  async start(dto: CreateCustodyDto, staff: StaffPrincipal) {
    if (!isRealDate(dto.signedOn)) throw badRequest('signedOn', 'must be a real date');
    if (Date.parse(`${dto.signedOn}T00:00:00+08:00`) > Date.now()) throw badRequest('signedOn', 'cannot be in the future');
    if (dto.requestId) {
      const earlier = await this.prisma.case.findUnique({ where: { requestId: `custody:${dto.requestId}` }, select: { custody: { select: { id: true } } } });
      if (earlier?.custody) return this.get(earlier.custody.id);
    }
    const household = await this.prisma.household.findUnique({ where: { id: dto.householdId }, include: { unit: { include: { building: true } } } });
    if (!household) throw badRequest('householdId', `household ${dto.householdId} does not exist`);
    if (!household.active || household.occupancy !== 'OWNER') throw badRequest('householdId', "a unit is put in custody by its owner: choose the owner's household on file");
    if (household.unit.status === 'OCCUPIED') throw badRequest('householdId', 'the unit is marked as lived in: only a vacant unit is put in custody');
    const active = await this.prisma.custody.findFirst({ where: { unitId: household.unitId, status: 'ACTIVE' }, include: { case: { select: { requestId: true } } } });
    if (active && dto.requestId && active.case.requestId === `custody:${dto.requestId}`) return this.get(active.id);
    if (active) throw conflict(`The unit is already in custody (agreement ${active.agreementNo}).`);
    const unit = `${household.unit.building.name} ${household.unit.number}`;
    try {
      const opened = (await this.cases.startCase<CustodyInput, { custodyId: number }>({
        process: 'custody',
        workflowType: 'custodyWorkflow',
        workflowId: custodyWorkflowId,
        title: { zh: `空置房托管：${unit}`, en: `Vacant unit in custody: ${unit}` },
        householdId: household.id,
        policyKey: 'custody',
        defaultPolicy: DEFAULT_CUSTODY_POLICY,
        requestId: dto.requestId,
        prepare: async (caseId) => {
          const custody = await this.prisma.custody.create({
            data: {
              caseId,
              unitId: household.unitId,
              householdId: household.id,
              agreementNo: dto.agreementNo.trim(),
              signedOn: new Date(dto.signedOn),
              startWater: dto.water,
              startElectricity: dto.electricity,
              notes: dto.notes?.trim() || null,
              createdById: staff.id,
            },
          });
          return { custodyId: custody.id };
        },
        undo: async (caseId) => void (await this.prisma.custody.deleteMany({ where: { caseId } })),
        recover: async (caseId) => {
          const custody = await this.prisma.custody.findUnique({ where: { caseId }, select: { id: true } });
          return custody ? { custodyId: custody.id } : null;
        },
        input: (caseId, policy, delivery, prepared) => ({
          caseId,
          custodyId: prepared.custodyId,
          householdId: household.id,
          summary: { zh: unit, en: unit },
          policy: policy as CustodyPolicy,
          delivery,
        }),
      })) as { id: number };
      return this.get(await this.custodyOf(opened.id));
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('The unit went into custody a moment ago: look at it again.');
      throw error;
    }
  }

  /** The custody of a case just opened; a repeated requestId may find the first submission still writing it. */
  private async custodyOf(caseId: number): Promise<number> {
    for (let waited = 0; waited <= 5_000; waited += 100) {
      const custody = await this.prisma.custody.findUnique({ where: { caseId }, select: { id: true } });
      if (custody) return custody.id;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw conflict('The custody with this requestId is still being recorded: try again with the same requestId.');
  }

  private async active(id: number) {
    const custody = await this.prisma.custody.findUnique({ where: { id }, include: { case: { select: { workflowId: true } } } });
    if (!custody) throw notFound(this.label, id);
    return custody;
  }

  /** Use since the start; a reading below the start's is refused, naming the meter. */
  private used(custody: { startWater: Prisma.Decimal; startElectricity: Prisma.Decimal }, dto: CustodyReadingDto) {
    const water = round2(dto.water - Number(custody.startWater));
    const electricity = round2(dto.electricity - Number(custody.startElectricity));
    if (water < 0) throw badRequest('water', `is below the reading at the start of the custody (${Number(custody.startWater)})`);
    if (electricity < 0) throw badRequest('electricity', `is below the reading at the start of the custody (${Number(custody.startElectricity)})`);
    return { water, electricity };
  }

  private async saveReading(custodyId: number, dto: CustodyReadingDto, staff: StaffPrincipal, closing: boolean) {
    const custody = await this.active(custodyId);
    if (dto.requestId) {
      const earlier = await this.prisma.custodyReading.findUnique({ where: { requestId: dto.requestId } });
      if (earlier) {
        if (earlier.custodyId !== custodyId) throw badRequest('requestId', 'was used for another reading');
        return { custody, reading: earlier, repeated: true };
      }
    }
    if (custody.status !== 'ACTIVE') throw conflict(`The custody ended on ${custody.endedAt?.toISOString().slice(0, 10) ?? '?'}.`);
    if (closing && (await this.prisma.custodyReading.findFirst({ where: { custodyId, closing: true } }))) throw conflict('The owner already asked to end this custody; it is ending.');
    const used = this.used(custody, dto);
    try {
      const reading = await this.prisma.custodyReading.create({
        data: { custodyId, water: dto.water, electricity: dto.electricity, waterUsed: used.water, electricityUsed: used.electricity, closing, recordedById: staff.id, requestId: dto.requestId ?? null },
      });
      return { custody, reading, repeated: false };
    } catch (error) {
      if (!dto.requestId || !isUniqueViolation(error)) throw error;
      const reading = await this.prisma.custodyReading.findUniqueOrThrow({ where: { requestId: dto.requestId } });
      return { custody, reading, repeated: true };
    }
  }

  /** MOV-7: a reading during custody; the process raises an alert when the use since the start is over the limits. */
  async recordReading(custodyId: number, dto: CustodyReadingDto, staff: StaffPrincipal) {
    const { custody, reading, repeated } = await this.saveReading(custodyId, dto, staff, false);
    if (!repeated) await this.temporal.client.workflow.getHandle(custody.case.workflowId).signal(readingTaken, {
      readingId: reading.id,
      used: { water: Number(reading.waterUsed), electricity: Number(reading.electricityUsed) },
    });
    return this.get(custodyId);
  }

  /** MOV-7: the owner asks to end the custody; the closing readings are recorded and the unit pays in full again. */
  async end(custodyId: number, dto: CustodyReadingDto, staff: StaffPrincipal) {
    const { custody, reading } = await this.saveReading(custodyId, dto, staff, true);
    await this.temporal.client.workflow.getHandle(custody.case.workflowId).signal(endCustody, { readingId: reading.id, actorId: staff.id });
    return this.get(custodyId);
  }
}
