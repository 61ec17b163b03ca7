import type { PrismaClient } from '../../../../prisma/client';
import type { DeliveryPolicy } from '../../../../workflows/core/case';
import type { StartWorkflow } from '../../../../workflows/core/activities/start-case';
import { openRepairOrder } from '../../../../workflows/repair/activities/open';
import { getInspection, InspectionRefused } from './inspections';

/**
 * Defects found on an inspection become repair orders through the repair process's start API (REP-1,
 * `openRepairOrder`), one per defect, linked to its item; once rectified, the accepting party signs each off
 * (MOV-6). A process's workflow calls these from its activities; the API from its services.
 */

const DAY = 86_400_000;

export interface DefectRepairs {
  reporterName: string;
  phone: string;
  /** The resident's convenient time for the visit (default: the next 24 hours). */
  window?: { from: string; to: string };
  /** The process that asks (move-in, custody, decoration) and its case. */
  source: { process: string; caseId?: number };
  receivedById?: number | null;
}

/**
 * Opens a repair order for every defect that has none yet, once every party has confirmed the inspection.
 * Each order's requestId is the inspection's item, so running it again (a retried activity) opens nothing twice.
 */
export async function openDefectRepairs(prisma: PrismaClient, start: StartWorkflow, delivery: DeliveryPolicy, id: number, request: DefectRepairs) {
  const inspection = await getInspection(prisma, id);
  if (inspection.status !== 'CONFIRMED') throw new InspectionRefused('id', `inspection ${id} is not confirmed by every party yet`, 409);
  const window = request.window ?? { from: new Date(Date.now() + 60_000).toISOString(), to: new Date(Date.now() + DAY).toISOString() };
  const opened: { itemId: number; orderId: number }[] = [];
  for (const item of inspection.items.filter((i) => i.condition === 'DEFECT' && i.repairOrderId === null)) {
    const { orderId } = await openRepairOrder(prisma, start, delivery, {
      householdId: inspection.householdId ?? undefined,
      location: inspection.householdId ? undefined : inspection.location,
      reporterName: request.reporterName,
      phone: request.phone,
      channel: 'PROCESS',
      category: item.category,
      description: `${inspection.titleZh} · ${item.roomZh} ${item.labelZh}：${item.note ?? ''}`.slice(0, 2000),
      windows: [window],
      source: { process: request.source.process, caseId: request.source.caseId, ref: `inspection-${id}-item-${item.id}` },
      requestId: `inspection-${id}-item-${item.id}`,
      receivedById: request.receivedById ?? null,
    });
    await prisma.inspectionItem.updateMany({ where: { id: item.id, repairOrderId: null }, data: { repairOrderId: orderId } });
    opened.push({ itemId: item.id, orderId });
  }
  return opened;
}

/** The defects of an inspection with their repair orders: rectified (work recorded) or not, signed off or not. */
export async function defectsOf(prisma: PrismaClient, id: number) {
  const inspection = await getInspection(prisma, id);
  const defects = inspection.items.filter((i) => i.condition === 'DEFECT');
  const orders = await prisma.repairOrder.findMany({
    where: { id: { in: defects.map((d) => d.repairOrderId).filter((o): o is number => o !== null) } },
    select: { id: true, serial: true, status: true, completedAt: true, closedAt: true, caseId: true },
  });
  return defects.map((d) => ({ ...d, repairOrder: orders.find((o) => o.id === d.repairOrderId) ?? null }));
}

/**
 * The accepting party signs off a defect at the re-inspection, once its repair order has its work recorded
 * (rectified and re-checked by maintenance). Signed once; the name and time are kept.
 */
export async function signOffItem(prisma: PrismaClient, id: number, itemId: number, signOff: { name: string; note?: string | null }, staffId: number | null) {
  const defect = (await defectsOf(prisma, id)).find((d) => d.id === itemId);
  if (!defect) throw new InspectionRefused('itemId', `item ${itemId} is not a defect of inspection ${id}`, 404);
  const name = signOff.name?.trim();
  if (!name) throw new InspectionRefused('name', 'the name of who signs off is required');
  if (defect.signedOffAt) throw new InspectionRefused('itemId', `${defect.roomEn}/${defect.labelEn} is already signed off`, 409);
  if (!defect.repairOrder?.completedAt) throw new InspectionRefused('itemId', `${defect.roomEn}/${defect.labelEn} is not rectified yet (its repair order has no work recorded)`, 409);
  const { count } = await prisma.inspectionItem.updateMany({
    where: { id: itemId, signedOffAt: null },
    data: { signedOffAt: new Date(), signedOffBy: name, signOffNote: signOff.note?.trim() || null, signOffById: staffId },
  });
  if (!count) throw new InspectionRefused('itemId', `${defect.roomEn}/${defect.labelEn} is already signed off`, 409);
  return getInspection(prisma, id);
}

/** Whether every defect of an inspection is signed off (none: true). */
export async function allDefectsSignedOff(prisma: PrismaClient, id: number): Promise<boolean> {
  return (await prisma.inspectionItem.count({ where: { inspectionId: id, condition: 'DEFECT', signedOffAt: null } })) === 0;
}
