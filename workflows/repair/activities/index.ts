import { ApplicationFailure } from '@temporalio/common';
import { Prisma, type PrismaClient } from '../../../prisma/client';
import { money } from '../../../apps/common/ledger';
import { collectOneOff } from '../../../apps/common/one-off-charge';
import { loadPolicyVersion } from '../../core/activities/policy-data';
import { appendTimeline } from '../../core/activities/timeline';
import type { Starter } from '../../core/starter';
import { categoryOf, DEFAULT_REPAIR_POLICY, type RepairPolicy } from '../policy';

import { openRepairOrder, RepairRefused, type RepairRequest } from './open';

export { openRepairOrder, RepairRefused, type RepairRequest } from './open';

export interface RepairActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
}

type Form = Record<string, unknown>;
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v * 100) / 100 : null);

/**
 * The repair order follows its process (REP-4..REP-6). Each write sets values or is keyed by the order and
 * round, so a retried activity changes nothing twice.
 */
export const createRepairActivities = ({ prisma, starter }: RepairActivityDeps) => {
  /** On time: the task was done before any of its deadlines was missed. */
  const onTime = async (caseId: number, key: string) =>
    (await prisma.task.findUniqueOrThrow({ where: { caseId_key: { caseId, key } }, select: { escalationLevel: true } })).escalationLevel === 0;
  const timeline = (caseId: number, key: string, type: string, data: Record<string, unknown>, actorId?: number) =>
    appendTimeline(prisma, { caseId, key: `repair:${caseId}:${key}`, type, data: data as Prisma.InputJsonValue, actorId: actorId ?? null });

  return {
    /**
     * Another process opens a repair order through this (a move-in defect, a patrol's finding): the repair
     * process's own start, with the worker's client. A refused request is not retried.
     */
    async openRepair(request: RepairRequest): Promise<{ caseId: number; orderId: number }> {
      try {
        return await openRepairOrder(prisma, (type, id, args) => starter.start(type, id, args), starter.delivery, { ...request, channel: 'PROCESS' });
      } catch (error) {
        if (error instanceof RepairRefused) throw ApplicationFailure.nonRetryable(`${error.field}: ${error.message}`, 'RepairRefused');
        throw error;
      }
    },

    /** REP-4: the engineer is at the door; on time when the appointment was not missed. */
    async recordArrival(input: { orderId: number; caseId: number; taskKey: string; engineerId: number }): Promise<void> {
      const arrivedOnTime = await onTime(input.caseId, input.taskKey);
      const order = await prisma.repairOrder.findUniqueOrThrow({ where: { id: input.orderId } });
      if (!order.arrivedAt) {
        await prisma.repairOrder.update({ where: { id: input.orderId }, data: { status: 'ARRIVED', engineerId: input.engineerId, arrivedAt: new Date(), arrivedOnTime } });
      }
      await timeline(input.caseId, 'arrived', 'REPAIR_ARRIVED', { onTime: arrivedOnTime }, input.engineerId);
    },

    /** REP-4: the work done, materials and hours, and the resident's confirmation; a rectification's too. */
    async recordWork(input: { orderId: number; caseId: number; round: number; engineerId: number; form: Form }): Promise<void> {
      const { form } = input;
      const order = await prisma.repairOrder.findUniqueOrThrow({ where: { id: input.orderId } });
      const hours = amount(form.hours);
      await prisma.repairOrder.update({
        where: { id: input.orderId },
        data: {
          status: 'COMPLETED',
          // Time to complete counts to the first completion; a rectification is counted apart.
          completedAt: order.completedAt ?? new Date(),
          workDone: text(form.workDone),
          materials: text(form.materials),
          hours: hours === null ? null : new Prisma.Decimal(input.round === 1 ? hours : money(order.hours ?? 0) + hours),
          residentConfirmed: form.residentConfirmed === true,
          engineerId: order.engineerId ?? input.engineerId,
        },
      });
      await timeline(input.caseId, `work-${input.round}`, 'REPAIR_WORK_DONE', { round: input.round, workDone: text(form.workDone), materials: text(form.materials), hours }, input.engineerId);
    },

    /** REP-5: the leak test is its own recorded step; the return visit counts from its date. */
    async recordLeakTest(input: { orderId: number; caseId: number; round: number; testedAt: string; passed: boolean }): Promise<void> {
      await prisma.repairOrder.update({ where: { id: input.orderId }, data: { leakTestAt: new Date(input.testedAt), leakTestPassed: input.passed } });
      await timeline(input.caseId, `leak-test-${input.round}`, 'REPAIR_LEAK_TESTED', { round: input.round, testedAt: input.testedAt, passed: input.passed });
    },

    async recordCheckIn(input: { orderId: number; caseId: number }): Promise<void> {
      await prisma.repairOrder.updateMany({ where: { id: input.orderId, checkedInAt: null }, data: { checkedInAt: new Date() } });
    },

    /**
     * REP-4: the cashier takes a paid job's charge through the ledger (a one-off bill paid with its numbered
     * receipt) and records the cost of materials. Once per order, however often retried.
     */
    async collectCharge(input: { orderId: number; caseId: number; collectorId: number; form: Form }): Promise<string> {
      const order = await prisma.repairOrder.findUniqueOrThrow({ where: { id: input.orderId } });
      if (!order.householdId || order.charge === null) throw new Error(`repair order ${order.serial} has no charge to collect`);
      const kase = await prisma.case.findUniqueOrThrow({ where: { id: input.caseId }, select: { policyKey: true, policyVersion: true } });
      const policy = await loadPolicyVersion<RepairPolicy>(prisma, kase.policyKey, kase.policyVersion, DEFAULT_REPAIR_POLICY);
      const item = policy.priceList.find((p) => p.code === order.priceCode);
      const category = categoryOf(policy, order.category);
      const method = input.form.method === 'CARD' || input.form.method === 'TRANSFER' ? input.form.method : 'CASH';
      const { payment, bill, ladderWorkflowId } = await collectOneOff(
        prisma,
        {
          householdId: order.householdId,
          reference: order.serial,
          item: {
            code: `REPAIR:${order.priceCode ?? order.category}`,
            nameZh: `有偿维修 ${order.serial}：${item?.name.zh ?? category?.name.zh ?? order.category}`,
            nameEn: `Paid repair ${order.serial}: ${item?.name.en ?? category?.name.en ?? order.category}`,
          },
          amount: money(order.charge),
        },
        { method, channel: 'COUNTER', collectorId: input.collectorId, caseId: input.caseId, note: text(input.form.note), reference: order.serial, idempotencyKey: `repair:${order.id}` },
      );
      const cost = amount(input.form.materialCost);
      await prisma.repairOrder.update({
        where: { id: order.id },
        data: { billId: bill.id, paymentId: payment.id, ...(cost === null ? {} : { materialCost: new Prisma.Decimal(cost) }) },
      });
      await timeline(input.caseId, 'payment', 'PAYMENT_RECEIVED', { paymentId: payment.id, receiptNumber: payment.receiptNumber, amount: money(payment.amount) }, input.collectorId);
      if (ladderWorkflowId) await starter.signal(ladderWorkflowId, 'arrearsChanged', { paymentId: payment.id, receiptNumber: payment.receiptNumber, amount: money(payment.amount) });
      return payment.receiptNumber;
    },

    /** REP-5: the return visit of a round, with the resident's view; on time when its deadline was not missed. */
    async recordVisit(input: { orderId: number; caseId: number; round: number; taskKey: string; visitorId: number; form: Form }): Promise<void> {
      const task = await prisma.task.findUniqueOrThrow({ where: { caseId_key: { caseId: input.caseId, key: input.taskKey } }, include: { deadlines: true } });
      const satisfaction = input.form.satisfaction === 'SATISFIED' ? 'SATISFIED' : 'DISSATISFIED';
      const dueAt = task.deadlines.find((d) => d.key === 'return-visit')?.originalDueAt ?? null;
      const data = { method: input.form.method === 'VISIT' ? 'VISIT' : 'PHONE', satisfaction, problem: text(input.form.problem), dueAt, onTime: task.escalationLevel === 0, visitorId: input.visitorId } as const;
      await prisma.repairVisit.upsert({ where: { orderId_round: { orderId: input.orderId, round: input.round } }, create: { orderId: input.orderId, round: input.round, ...data }, update: {} });
      await prisma.repairOrder.update({ where: { id: input.orderId }, data: { satisfaction } });
      await timeline(input.caseId, `visit-${input.round}`, 'REPAIR_RETURN_VISIT', { round: input.round, method: data.method, satisfaction, problem: data.problem, onTime: data.onTime }, input.visitorId);
    },

    /** REP-6: back to engineering; the order counts its rectifications. */
    async startRectification(input: { orderId: number; caseId: number; round: number; reason: string }): Promise<void> {
      await prisma.repairOrder.update({ where: { id: input.orderId }, data: { status: 'RECTIFYING', rectifications: input.round - 1 } });
      await timeline(input.caseId, `rectify-${input.round}`, 'REPAIR_RECTIFICATION', { round: input.round, reason: input.reason || null });
    },

    /** Closed when the resident is satisfied, or by a manager with the case's reason. A voided order stays voided. */
    async closeOrder(input: { orderId: number; caseId: number; by: 'satisfied' | 'manager' }): Promise<void> {
      const kase = await prisma.case.findUnique({ where: { id: input.caseId }, select: { closeReason: true } });
      await prisma.repairOrder.updateMany({
        where: { id: input.orderId, status: { notIn: ['CLOSED', 'VOIDED'] } },
        data: { status: 'CLOSED', closedAt: new Date(), closeReason: input.by === 'manager' ? (kase?.closeReason ?? null) : null },
      });
    },
  };
};

export type RepairActivities = ReturnType<typeof createRepairActivities>;
