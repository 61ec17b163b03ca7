import { Prisma, type PrismaClient } from '../../../prisma/client';
import { localToday } from '../../../apps/common/ledger';
import type { DeliveryPolicy } from '../../core/case';
import { loadPolicy } from '../../core/activities/policy-data';
import { startCase, type StartWorkflow } from '../../core/activities/start-case';
import { categoryOf, decideWarranty, DEFAULT_REPAIR_POLICY, repairSerial, repairTitle, repairWorkflowId, type RepairPolicy } from '../policy';
import type { RepairInput } from '../workflow';

/**
 * What opens a repair order (REP-1): at the desk, on the hotline, or from another process (a complaint
 * about a leak, a move-in defect, a custody patrol, a decoration inspection), which names itself in `source`.
 */
export interface RepairRequest {
  /** The resident's household; none for a public area. */
  householdId?: number;
  /** Where, for a public area ("2栋大堂"); a household's is its unit. */
  location?: string;
  reporterName: string;
  phone: string;
  channel: 'DESK' | 'HOTLINE' | 'PROCESS';
  category: string;
  description: string;
  /** Water or gas that cannot be shut off, a safety facility: dispatched at once. */
  emergency?: boolean;
  /** Convenient times, ISO instants; the first is the appointment. Optional for an emergency. */
  windows?: { from: string; to: string }[];
  /** A paid job's item of the price list, and the resident's acceptance of its charge (REP-2). */
  priceCode?: string;
  chargeAccepted?: boolean;
  source?: { process: string; caseId?: number; ref?: string };
  requestId?: string;
  receivedById?: number | null;
}

/** Refuses a request with the field at fault; nothing has been written. */
export class RepairRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** 409: the same request is still being taken. */
    readonly status: 400 | 409 = 400,
  ) {
    super(message);
  }
}

const DAY = 86_400_000;

async function whereAndWho(prisma: PrismaClient, request: RepairRequest, publicArea: boolean) {
  if (publicArea) {
    if (request.householdId !== undefined) throw new RepairRefused('householdId', 'a public-area repair belongs to no household');
    if (!request.location?.trim()) throw new RepairRefused('location', 'say where in the estate (a public-area repair has no unit)');
    return { location: request.location.trim(), handoverDate: null };
  }
  if (request.householdId === undefined) throw new RepairRefused('householdId', 'a repair in a home needs its household (public areas use the category PUBLIC)');
  const household = await prisma.household.findUnique({ where: { id: request.householdId }, include: { unit: { include: { building: true } } } });
  if (!household) throw new RepairRefused('householdId', `household ${request.householdId} does not exist`);
  const { unit } = household;
  return { location: `${unit.building.name} ${unit.number}`, handoverDate: unit.handoverDate?.toISOString().slice(0, 10) ?? null };
}

function appointmentOf(request: RepairRequest, now: number) {
  const windows = request.windows ?? [];
  if (!windows.length) {
    if (request.emergency) return { windows, from: new Date(now).toISOString(), to: new Date(now).toISOString() };
    throw new RepairRefused('windows', 'give at least one convenient time for the visit (REP-1)');
  }
  for (const [i, w] of windows.entries()) {
    const from = Date.parse(w.from);
    const to = Date.parse(w.to);
    if (!(to > from)) throw new RepairRefused(`windows.${i}.to`, 'must be after its from');
    if (to - from > DAY) throw new RepairRefused(`windows.${i}.to`, 'a time window is at most one day long');
    if (to <= now) throw new RepairRefused(`windows.${i}.to`, 'is already past');
    if (from > now + 90 * DAY) throw new RepairRefused(`windows.${i}.from`, 'is more than 90 days ahead');
  }
  return { windows, from: new Date(Date.parse(windows[0].from)).toISOString(), to: new Date(Date.parse(windows[0].to)).toISOString() };
}

/**
 * The repair process's start API, for the API and for other processes' activities alike: checks the
 * request, decides free or paid (REP-2), numbers the order in time order with no gaps (REP-3: the serial is
 * taken in the same transaction that stores the order, so 50 at once queue on the year's counter), and starts
 * its workflow. A workflow that cannot start leaves the order voided with the reason, never a gap.
 */
export async function openRepairOrder(prisma: PrismaClient, start: StartWorkflow, delivery: DeliveryPolicy, request: RepairRequest): Promise<{ caseId: number; orderId: number }> {
  const { data: policy } = await loadPolicy<RepairPolicy>(prisma, 'repair', DEFAULT_REPAIR_POLICY);
  const category = categoryOf(policy, request.category);
  if (!category) throw new RepairRefused('category', `must be one of ${policy.categories.map((c) => c.code).join(', ')}`);
  const { location, handoverDate } = await whereAndWho(prisma, request, Boolean(category.publicArea));
  const now = Date.now();
  const appointment = appointmentOf(request, now);
  const warranty = decideWarranty(category, handoverDate, localToday(now).toISOString().slice(0, 10));
  let charge: number | undefined;
  if (warranty.kind === 'PAID') {
    const item = policy.priceList.find((p) => p.code === request.priceCode);
    if (!item) throw new RepairRefused('priceCode', `out of warranty: a paid job states its charge from the price list (${policy.priceList.map((p) => p.code).join(', ')})`);
    if (request.chargeAccepted !== true) throw new RepairRefused('chargeAccepted', `the resident must accept the charge of ¥${item.price.toFixed(2)} before the job is dispatched (REP-2)`);
    charge = item.price;
  } else if (request.priceCode !== undefined) {
    throw new RepairRefused('priceCode', 'a free repair (in warranty, or a public area) has no charge');
  }

  const caseId = await startCase<RepairInput, { orderId: number; serial: string }>(prisma, start, delivery, {
    process: 'repair',
    workflowType: 'repairWorkflow',
    workflowId: repairWorkflowId,
    title: repairTitle('', category, location),
    householdId: request.householdId,
    priority: request.emergency ? 'URGENT' : 'NORMAL',
    policyKey: 'repair',
    defaultPolicy: DEFAULT_REPAIR_POLICY,
    requestId: request.requestId,
    prepare: (id) =>
      prisma.$transaction(async (tx) => {
        const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
        // The year's counter row is locked until this order is stored: serials follow the order of intake,
        // and the time of intake is read once the lock is held, so it follows the serials too.
        const [{ value }] = await tx.$queryRaw<{ value: number }[]>`
          INSERT INTO "Counter" (name, value) VALUES (${`repair-${year}`}, 1)
          ON CONFLICT (name) DO UPDATE SET value = "Counter".value + 1 RETURNING value`;
        const createdAt = new Date();
        const serial = repairSerial(year, value);
        const order = await tx.repairOrder.create({
          data: {
            serial,
            caseId: id,
            householdId: request.householdId ?? null,
            location,
            publicArea: Boolean(category.publicArea),
            reporterName: request.reporterName.trim(),
            phone: request.phone.trim(),
            channel: request.channel,
            source: request.source ? (request.source as Prisma.InputJsonValue) : Prisma.DbNull,
            category: category.code,
            description: request.description.trim(),
            emergency: Boolean(request.emergency),
            windows: appointment.windows as Prisma.InputJsonValue,
            appointmentFrom: new Date(appointment.from),
            appointmentTo: new Date(appointment.to),
            kind: warranty.kind,
            warrantyUntil: warranty.warrantyUntil ? new Date(warranty.warrantyUntil) : null,
            warrantyBasis: warranty.basis,
            priceCode: charge === undefined ? null : request.priceCode,
            charge: charge === undefined ? null : new Prisma.Decimal(charge),
            chargeAcceptedAt: charge === undefined ? null : createdAt,
            receivedById: request.receivedById ?? null,
            confirmedAt: createdAt,
            createdAt,
          },
        });
        const title = repairTitle(serial, category, location);
        await tx.case.update({ where: { id }, data: { titleZh: title.zh, titleEn: title.en } });
        return { orderId: order.id, serial };
      }),
    // The serial is taken: the order stays, voided with the reason, so the register has no gap.
    undo: async (id) =>
      void (await prisma.repairOrder.updateMany({
        where: { caseId: id },
        data: { status: 'VOIDED', voidedAt: new Date(), voidReason: 'Not opened: the workflow service was unavailable. 未能开单：流程服务不可用。', caseId: null },
      })),
    recover: async (id) => {
      const order = await prisma.repairOrder.findUnique({ where: { caseId: id }, select: { id: true, serial: true } });
      return order ? { orderId: order.id, serial: order.serial } : null;
    },
    input: (id, saved, deliveryPolicy, prepared) => ({
      caseId: id,
      orderId: prepared.orderId,
      serial: prepared.serial,
      householdId: request.householdId,
      summary: { zh: `${prepared.serial} · ${category.name.zh} · ${location}`, en: `${prepared.serial} · ${category.name.en} · ${location}` },
      visitRule: category.visitRule,
      emergency: Boolean(request.emergency),
      kind: warranty.kind,
      charge,
      appointment: { from: appointment.from, to: appointment.to },
      policy: saved as RepairPolicy,
      delivery: deliveryPolicy,
    }),
  });
  return { caseId, orderId: await orderOf(prisma, caseId, request.requestId) };
}

/** The order of a case just opened; a repeated requestId may find the first submission still writing it. */
async function orderOf(prisma: PrismaClient, caseId: number, requestId: string | undefined): Promise<number> {
  for (let waited = 0; ; waited += 100) {
    const order = await prisma.repairOrder.findUnique({ where: { caseId }, select: { id: true } });
    if (order) return order.id;
    if (!requestId || waited >= 5_000) throw new RepairRefused('requestId', 'the order with this requestId is still being taken or was not taken: try again with the same requestId', 409);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
