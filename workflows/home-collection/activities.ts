import type { PrismaClient } from '../../prisma/client';
import { recordPayment } from '../../apps/common/ledger';
import type { Starter } from '../core/starter';

export interface HomeCollectionActivityDeps {
  prisma: PrismaClient;
  starter: Starter;
}

export const createHomeCollectionActivities = ({ prisma, starter }: HomeCollectionActivityDeps) => ({
  /** The money collected at home, as a payment with its receipt; once per case, however often retried. */
  async recordHomePayment(input: { caseId: number; householdId: number; amount: number; method: 'CASH' | 'CARD'; collectorId: number; note?: string }): Promise<string> {
    const { payment, ladderWorkflowId } = await recordPayment(prisma, {
      householdId: input.householdId,
      amount: Math.round(input.amount * 100) / 100,
      method: input.method,
      channel: 'HOME',
      collectorId: input.collectorId,
      note: input.note ?? null,
      caseId: input.caseId,
      idempotencyKey: `home-collection:${input.caseId}`,
    });
    await prisma.timelineEntry.createMany({
      data: [{ key: `home-collection:${input.caseId}:payment`, caseId: input.caseId, type: 'PAYMENT_RECEIVED', actorId: input.collectorId, data: { paymentId: payment.id, receiptNumber: payment.receiptNumber, amount: Number(payment.amount) } }],
      skipDuplicates: true,
    });
    if (ladderWorkflowId) await starter.signal(ladderWorkflowId, 'arrearsChanged', { paymentId: payment.id, receiptNumber: payment.receiptNumber, amount: Number(payment.amount) });
    return payment.receiptNumber;
  },
});

export type HomeCollectionActivities = ReturnType<typeof createHomeCollectionActivities>;
