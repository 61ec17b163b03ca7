import { ConflictException, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { RepairChannel, RepairKind, RepairStatus } from '../../../../prisma/client';
import { localToday, money } from '../../../common/ledger';
import { categoryOf, decideWarranty, DEFAULT_REPAIR_POLICY, type RepairPolicy } from '../../../../workflows/repair/policy';
import { openRepairOrder, RepairRefused } from '../../../../workflows/repair/activities/open';
import { WorkflowUnavailable } from '../../../../workflows/core/activities/start-case';
import type { StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService, deadlineInclude } from '../cases/cases.service';
import { actorOf } from '../common/actor';
import { CrudService } from '../common/crud';
import { badRequest, conflict, notFound } from '../common/errors';
import { boolEq, columns, contains, date, enumEq, intEq, text, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { householdBrief, staffBrief } from '../fees/money';
import type { CreateRepairDto } from './repairs.dto';

const DAY = 86_400_000;

/** A refused request as the API answers it: 400 naming the field, or 409 while the same request is being taken. */
function asHttp(error: unknown): unknown {
  if (!(error instanceof RepairRefused)) return error;
  return error.status === 409 ? conflict(error.message) : badRequest(error.field, error.message);
}

/** The repair register, free and paid (REP-2), its orders (REP-3) and their intake (REP-1). */
@Injectable()
export class RepairsService extends CrudService {
  protected readonly label = 'repair order';
  protected override readonly include = {
    household: householdBrief,
    engineer: staffBrief,
    receivedBy: staffBrief,
    visits: { orderBy: { round: 'asc' as const } },
    case: {
      select: {
        id: true,
        status: true,
        escalationLevel: true,
        tasks: { where: { status: 'OPEN' as const }, select: { id: true, key: true, titleZh: true, titleEn: true, dueAt: true, escalationLevel: true, assigneeId: true, deadlines: deadlineInclude } },
      },
    },
  };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'serial', 'createdAt', 'status', 'category', 'kind', 'appointmentFrom'),
    defaultSort: ['createdAt', 'desc'],
    filters: {
      status: enumEq('status', Object.values(RepairStatus)),
      kind: enumEq('kind', Object.values(RepairKind)),
      /** How the order came in: the desk, the hotline, or another process (a move-in defect, a custody patrol). */
      channel: enumEq('channel', Object.values(RepairChannel)),
      category: (v, k) => ({ category: { in: (Array.isArray(v) ? v : [v]).map((c) => text(c, k)) } }),
      householdId: intEq('householdId'),
      engineerId: intEq('engineerId'),
      caseId: intEq('caseId'),
      buildingId: (v, k) => ({ household: { unit: intEq('buildingId')(v, k) } }),
      emergency: boolEq('emergency'),
      publicArea: boolEq('publicArea'),
      /** Open for at least this many days (the register's "age"). */
      olderThanDays: (v, k) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0 || n > 3650) throw badRequest(`filter.${k}`, 'must be a whole number of days from 0 to 3650');
        return { createdAt: { lt: new Date(Date.now() - n * DAY) } };
      },
      from: (v, k) => ({ createdAt: { gte: date(v, k) } }),
      to: (v, k) => ({ createdAt: { lt: date(v, k) } }),
      q: (v, k) => ({ OR: [contains('serial')(v, k), contains('reporterName')(v, k), contains('phone')(v, k), contains('location')(v, k), contains('description')(v, k)] }),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: CasesService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.repairOrder;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected override present(row: any) {
    const decimal = (v: unknown) => (v === null || v === undefined ? null : money(v as number));
    return { ...row, charge: decimal(row.charge), materialCost: decimal(row.materialCost), hours: decimal(row.hours) };
  }

  async policy(): Promise<RepairPolicy> {
    return (await this.cases.currentPolicy('repair', DEFAULT_REPAIR_POLICY)).data as RepairPolicy;
  }

  /** What the intake form offers: the categories with their warranty periods, and the price list. */
  async catalogue() {
    const { categories, priceList } = await this.policy();
    return { categories, priceList };
  }

  /**
   * REP-2 before saving: free or paid for this household and category, until when the warranty runs, and
   * the charge of a price-list item, so the reception reads it back to the resident.
   */
  async quote(householdId: number | undefined, categoryCode: string, priceCode?: string) {
    const policy = await this.policy();
    const category = categoryOf(policy, categoryCode);
    if (!category) throw badRequest('category', `must be one of ${policy.categories.map((c) => c.code).join(', ')}`);
    let handoverDate: string | null = null;
    if (!category.publicArea) {
      if (householdId === undefined) throw badRequest('householdId', 'a repair in a home needs its household');
      const household = await this.prisma.household.findUnique({ where: { id: householdId }, select: { unit: { select: { handoverDate: true } } } });
      if (!household) throw badRequest('householdId', `household ${householdId} does not exist`);
      handoverDate = household.unit.handoverDate?.toISOString().slice(0, 10) ?? null;
    }
    const decision = decideWarranty(category, handoverDate, localToday().toISOString().slice(0, 10));
    const item = decision.kind === 'PAID' && priceCode ? policy.priceList.find((p) => p.code === priceCode) : undefined;
    if (priceCode && decision.kind === 'PAID' && !item) throw badRequest('priceCode', `must be one of ${policy.priceList.map((p) => p.code).join(', ')}`);
    return { ...decision, handoverDate, charge: item?.price ?? null };
  }

  /** REP-1: takes an order at the desk or on the hotline; its process starts at once. */
  async take(dto: CreateRepairDto, staff: StaffPrincipal) {
    const { confirmedWithResident: _confirmed, ...request } = dto;
    try {
      const { orderId } = await openRepairOrder(this.prisma, this.cases.startWorkflow, this.cases.delivery, { ...request, receivedById: staff.id });
      return this.get(orderId);
    } catch (error) {
      if (error instanceof WorkflowUnavailable) {
        throw new ServiceUnavailableException({
          statusCode: 503,
          message: `The repair order was not opened: the workflow service is unavailable (${error.message}). Try again with the same requestId.`,
        });
      }
      throw asHttp(error);
    }
  }

  /**
   * REP-3: voids an order taken by mistake (a duplicate, a wrong household) before anyone went out: it keeps
   * its serial, the reason, who and when; its case is closed with the same reason. Nothing is deleted.
   */
  async void(id: number, reason: string, staff: StaffPrincipal) {
    const order = (await this.get(id)) as { status: RepairStatus; caseId: number | null; serial: string };
    if (order.status !== 'OPEN') {
      throw new ConflictException({
        statusCode: 409,
        message: `Order ${order.serial} is ${order.status.toLowerCase()}: only an order nobody has gone out on is voided; close its case with a reason instead.`,
      });
    }
    const { count } = await this.prisma.repairOrder.updateMany({
      where: { id, status: 'OPEN' },
      data: { status: 'VOIDED', voidReason: reason.trim(), voidedAt: new Date(), voidedById: staff.id },
    });
    if (!count) throw conflict(`Order ${order.serial} changed meanwhile: look at it again.`);
    if (order.caseId) await this.cases.close(order.caseId, { justification: `作废 Voided: ${reason.trim()}` }, actorOf(staff));
    return this.get(id);
  }

  async orderForPdf(id: number) {
    const order = await this.prisma.repairOrder.findUnique({
      where: { id },
      include: { household: { include: { unit: { include: { building: { include: { estate: true } } } } } }, engineer: true, receivedBy: true },
    });
    if (!order) throw notFound(this.label, id);
    return order;
  }
}

export type RepairForPdf = Awaited<ReturnType<RepairsService['orderForPdf']>>;
