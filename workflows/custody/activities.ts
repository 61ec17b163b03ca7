import { ApplicationFailure, Context } from '@temporalio/activity';
import { Prisma, type PrismaClient } from '../../prisma/client';
import { appendTimeline } from '../core/activities/timeline';
import type { Starter } from '../core/starter';
import { defectsOf, openDefectRepairs } from '../../apps/api/src/inspections/defects';
import { getInspection, openInspection } from '../../apps/api/src/inspections/inspections';
import { CUSTODY_PATROL_TEMPLATE_CODE } from '../../apps/api/src/inspections/templates';
import { openRepairOrder, RepairRefused } from '../repair/activities/open';
import { custodyWorkflowId } from './policy';
import type { PatrolKind } from './steps';

export interface CustodyActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
}

const HOUR = 3_600_000;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** What a patrol's walk found (see `patrolWalkFindings`). */
export interface PatrolWalk {
  confirmed: boolean;
  defects: string[];
  serials: string[];
  reading: { readingId: number; used: { water: number; electricity: number } } | null;
  ownerNeeded: boolean;
}
const PAGE = 200;

/**
 * The custody's database side (MOV-7). Every write sets values or is keyed by the custody and the patrol's key,
 * so a retried activity changes nothing twice.
 */
export const createCustodyActivities = ({ prisma, starter }: CustodyActivityDeps) => {
  const timeline = (caseId: number, key: string, type: string, data: Record<string, unknown>, actorId: number | null = null) =>
    appendTimeline(prisma, { caseId, key: `custody:${caseId}:${key}`, type, data: data as Prisma.InputJsonValue, actorId });

  return {
    /** FEE-8 switched on by the custody itself: the unit is in custody, billed at the custody ratio. */
    async beginCustody(input: { custodyId: number; caseId: number }): Promise<void> {
      const custody = await prisma.custody.findUniqueOrThrow({ where: { id: input.custodyId } });
      await prisma.unit.update({ where: { id: custody.unitId }, data: { status: 'CUSTODY' } });
      await timeline(input.caseId, 'begun', 'CUSTODY_BEGUN', { unitId: custody.unitId, water: Number(custody.startWater), electricity: Number(custody.startElectricity) });
    },

    async openPatrol(input: { custodyId: number; key: string; kind: PatrolKind; taskId: number; rainWarningId?: number; inspectionId?: number }): Promise<void> {
      await prisma.custodyPatrol.upsert({
        where: { custodyId_key: { custodyId: input.custodyId, key: input.key } },
        update: { taskId: input.taskId },
        create: { custodyId: input.custodyId, key: input.key, kind: input.kind, taskId: input.taskId, rainWarningId: input.rainWarningId ?? null, inspectionId: input.inspectionId ?? null },
      });
    },

    /** MOV-7: the patrol's walk, item by item with the meters, on the inspection core (template custody-patrol). */
    async openPatrolWalk(input: { custodyId: number; caseId: number; key: string }): Promise<number> {
      const custody = await prisma.custody.findUniqueOrThrow({ where: { id: input.custodyId }, select: { householdId: true } });
      const inspection = await openInspection(prisma, { template: CUSTODY_PATROL_TEMPLATE_CODE, caseId: input.caseId, householdId: custody.householdId, requestId: `custody-${input.custodyId}-${input.key}-walk` });
      return inspection.id;
    },

    /**
     * What a confirmed walk found: its meter readings become a custody reading (checked against the limits by
     * the process) and each defect a repair order through the repair start (once: keyed by the walk's item).
     * A walk not confirmed finds nothing: the patrol's own form stands.
     */
    async patrolWalkFindings(input: { custodyId: number; caseId: number; key: string; inspectionId: number }): Promise<PatrolWalk> {
      const inspection = await getInspection(prisma, input.inspectionId);
      if (inspection.status !== 'CONFIRMED') return { confirmed: false, defects: [], serials: [], reading: null, ownerNeeded: false };
      const custody = await prisma.custody.findUniqueOrThrow({ where: { id: input.custodyId }, include: { household: true } });
      let reading: PatrolWalk['reading'] = null;
      const meters = inspection.meterReadings as { WATER?: number; ELECTRICITY?: number } | null;
      if (typeof meters?.WATER === 'number' && typeof meters.ELECTRICITY === 'number') {
        const used = { water: round2(meters.WATER - Number(custody.startWater)), electricity: round2(meters.ELECTRICITY - Number(custody.startElectricity)) };
        if (used.water >= 0 && used.electricity >= 0) {
          const requestId = `custody-${input.custodyId}-${input.key}-walk`;
          const row = await prisma.custodyReading.upsert({
            where: { requestId },
            update: {},
            create: { custodyId: input.custodyId, water: meters.WATER, electricity: meters.ELECTRICITY, waterUsed: used.water, electricityUsed: used.electricity, requestId },
          });
          reading = { readingId: row.id, used };
        }
      }
      let ownerNeeded = false;
      try {
        await openDefectRepairs(prisma, (type, id, args) => starter.start(type, id, args), starter.delivery, input.inspectionId, {
          reporterName: custody.household.name,
          phone: custody.household.phone,
          source: { process: 'custody', caseId: input.caseId },
        });
      } catch (error) {
        // A defect the owner would pay for (out of warranty) is not opened on the owner's behalf (REP-2).
        if (!(error instanceof RepairRefused)) throw error;
        ownerNeeded = true;
      }
      const defects = await defectsOf(prisma, input.inspectionId);
      const first = defects.find((d) => d.repairOrder)?.repairOrder;
      if (first) await prisma.custodyPatrol.updateMany({ where: { custodyId: input.custodyId, key: input.key, repairOrderId: null }, data: { repairOrderId: first.id } });
      return {
        confirmed: true,
        defects: defects.map((d) => `${d.labelZh}${d.note ? `：${d.note}` : ''}`),
        serials: defects.flatMap((d) => (d.repairOrder ? [d.repairOrder.serial] : [])),
        reading,
        ownerNeeded,
      };
    },

    async cancelPatrol(input: { custodyId: number; key: string }): Promise<void> {
      await prisma.custodyPatrol.updateMany({ where: { custodyId: input.custodyId, key: input.key, doneAt: null, cancelledAt: null }, data: { cancelledAt: new Date() } });
    },

    async recordPatrol(input: { custodyId: number; key: string; problem: boolean; findings: string; doneById: number }): Promise<void> {
      await prisma.custodyPatrol.updateMany({
        where: { custodyId: input.custodyId, key: input.key, doneAt: null },
        data: { doneAt: new Date(), doneById: input.doneById, problem: input.problem, findings: input.findings.trim() },
      });
    },

    /**
     * MOV-7: a problem found on patrol becomes a repair order through the repair process's own start (REP-1),
     * once: the patrol's key is the request id, so a retry finds the order the first attempt opened.
     */
    async repairFinding(input: { custodyId: number; caseId: number; key: string; category: string; findings: string }): Promise<{ orderId: number; serial: string }> {
      const custody = await prisma.custody.findUniqueOrThrow({ where: { id: input.custodyId }, include: { household: true } });
      const now = Date.now();
      try {
        const { orderId } = await openRepairOrder(prisma, (type, id, args) => starter.start(type, id, args), starter.delivery, {
          householdId: custody.householdId,
          reporterName: custody.household.name,
          phone: custody.household.phone,
          channel: 'PROCESS',
          category: input.category,
          description: `托管房巡查发现 Found on the custody patrol: ${input.findings}`.slice(0, 2000),
          // The unit is empty and its keys are with the management office: any time tomorrow.
          windows: [{ from: new Date(now + HOUR).toISOString(), to: new Date(now + 24 * HOUR).toISOString() }],
          source: { process: 'custody', caseId: input.caseId, ref: input.key },
          requestId: `custody-${input.custodyId}-${input.key}`.slice(0, 100),
        });
        const order = await prisma.repairOrder.findUniqueOrThrow({ where: { id: orderId }, select: { serial: true } });
        await prisma.custodyPatrol.updateMany({ where: { custodyId: input.custodyId, key: input.key }, data: { repairOrderId: orderId } });
        await timeline(input.caseId, `repair-${input.key}`, 'CUSTODY_REPAIR_OPENED', { patrol: input.key, orderId, serial: order.serial });
        return { orderId, serial: order.serial };
      } catch (error) {
        if (error instanceof RepairRefused) throw ApplicationFailure.nonRetryable(`${error.field}: ${error.message}`, 'RepairRefused');
        throw error;
      }
    },

    /** MOV-7: whether a reading is over the limits, and the alert task it raised. */
    async assessReading(input: { readingId: number; alert: boolean; taskId?: number }): Promise<void> {
      await prisma.custodyReading.update({ where: { id: input.readingId }, data: { alert: input.alert, ...(input.taskId ? { alertTaskId: input.taskId } : {}) } });
    },

    /** The custody ends (the owner's request with the closing readings, or a manager's close): the unit pays in full again. */
    async finishCustody(input: { custodyId: number; caseId: number; readingId: number | null; actorId: number | null }): Promise<void> {
      const reading = input.readingId ? await prisma.custodyReading.findUniqueOrThrow({ where: { id: input.readingId } }) : null;
      await prisma.$transaction(async (tx) => {
        const custody = await tx.custody.findUniqueOrThrow({ where: { id: input.custodyId } });
        if (custody.status === 'ACTIVE') {
          await tx.custody.update({
            where: { id: input.custodyId },
            data: { status: 'ENDED', endedAt: new Date(), endedById: input.actorId, endWater: reading?.water ?? null, endElectricity: reading?.electricity ?? null },
          });
        }
        await tx.unit.updateMany({ where: { id: custody.unitId, status: 'CUSTODY' }, data: { status: 'VACANT' } });
      });
      await timeline(input.caseId, 'ended', 'CUSTODY_ENDED', reading ? { water: Number(reading.water), electricity: Number(reading.electricity) } : {}, input.actorId);
    },

    /** MOV-7: tells every custody in force to patrol for a heavy-rain warning, page by page. */
    async patrolAllInCustody(input: { warningId: number; phase: 'before' | 'after' }): Promise<number> {
      let told = 0;
      for (let after = 0; ; ) {
        const page = await prisma.custody.findMany({ where: { status: 'ACTIVE', id: { gt: after } }, orderBy: { id: 'asc' }, take: PAGE, select: { id: true, caseId: true } });
        for (const custody of page) {
          try {
            await starter.signal(custodyWorkflowId(custody.caseId), 'patrolForRain', { warningId: input.warningId, phase: input.phase, note: '' });
            told++;
          } catch (error) {
            // A custody that ended a moment ago has no process left to tell.
            if ((error as Error).name !== 'WorkflowNotFoundError') throw error;
          }
          Context.current().heartbeat(custody.id);
        }
        if (page.length < PAGE) return told;
        after = page[page.length - 1].id;
      }
    },

    async rainPassed(input: { warningId: number }): Promise<void> {
      await prisma.rainWarning.updateMany({ where: { id: input.warningId, overAt: null }, data: { overAt: new Date() } });
    },
  };
};

export type CustodyActivities = ReturnType<typeof createCustodyActivities>;
