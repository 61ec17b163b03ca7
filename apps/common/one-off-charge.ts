import { Prisma, type PrismaClient } from '../../prisma/client';
import { localToday, money, PaymentRefused, recordPayment, type PaymentInput } from './ledger';

const { Decimal } = Prisma;

/**
 * A charge that is not a period's fee (a paid repair, the move-in fee, a decoration's garbage fee or
 * deposit): one bill on the household's ledger, named by the record it is for (`reference`, e.g. the work
 * order's serial, which is its `period`, so a second billing of the same thing finds the first), with one
 * line. It is paid through the ledger like any bill, with a numbered receipt.
 */
export interface OneOffCharge {
  householdId: number;
  /** What it is for, unique per unit: `WX2026-000123`. */
  reference: string;
  item: { code: string; nameZh: string; nameEn: string };
  amount: number;
  /** Local date it is due (default: today). */
  dueDate?: Date;
}

/** Bills a one-off charge once: billing it again returns the first bill. */
export async function billOneOff(prisma: PrismaClient, charge: OneOffCharge) {
  const household = await prisma.household.findUniqueOrThrow({ where: { id: charge.householdId }, select: { unitId: true } });
  const existing = await prisma.bill.findUnique({ where: { unitId_period: { unitId: household.unitId, period: charge.reference } } });
  if (existing) return existing;
  const amount = new Decimal(money(charge.amount));
  try {
    return await prisma.bill.create({
      data: {
        number: charge.reference,
        householdId: charge.householdId,
        unitId: household.unitId,
        period: charge.reference,
        dueDate: charge.dueDate ?? localToday(),
        amount,
        lines: { create: [{ ...charge.item, basis: 'FIXED', quantity: new Decimal(1), rate: amount, amount }] },
      },
    });
  } catch (error) {
    // Billed at the same moment by a retry: the unique (unit, reference) kept one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return prisma.bill.findUniqueOrThrow({ where: { unitId_period: { unitId: household.unitId, period: charge.reference } } });
    }
    throw error;
  }
}

/**
 * Collects a one-off charge on the spot: billed (once) and paid in full against that bill, with the next
 * receipt number. The same idempotency key again returns the first payment. Returns the bill, the payment
 * and the household's dunning ladder to tell (a payment can change what it owes).
 */
export async function collectOneOff(
  prisma: PrismaClient,
  charge: OneOffCharge,
  payment: Omit<PaymentInput, 'householdId' | 'amount' | 'allocations'>,
) {
  const bill = await billOneOff(prisma, charge);
  if (bill.householdId !== charge.householdId) throw new PaymentRefused('householdId', `bill ${bill.number} belongs to another household`);
  const result = await recordPayment(prisma, {
    ...payment,
    householdId: charge.householdId,
    amount: money(bill.amount),
    allocations: bill.status === 'OPEN' ? [{ billId: bill.id, amount: money(new Decimal(bill.amount).minus(bill.paid).minus(bill.waived)) }] : undefined,
  });
  return { bill, ...result };
}

/**
 * Gives back what was paid on a one-off bill (a deposit after the acceptance), once per bill, numbered
 * `TK<year>-<serial>`: the bill stays paid, the refund is its counterpart on the household's ledger. The same
 * idempotency key again (or a second refund of the bill) returns the first refund.
 */
export async function refundOneOff(
  prisma: PrismaClient,
  refund: { householdId: number; reference: string; reason: string; refundedById?: number | null; idempotencyKey: string },
) {
  const found = await prisma.refund.findUnique({ where: { idempotencyKey: refund.idempotencyKey } });
  if (found) return found;
  const bill = await prisma.bill.findUnique({ where: { number: refund.reference }, include: { refund: true } });
  if (!bill || bill.householdId !== refund.householdId) throw new PaymentRefused('reference', `no bill ${refund.reference} of this household`);
  if (bill.refund) return bill.refund;
  if (new Decimal(bill.paid).lte(0)) throw new PaymentRefused('reference', `bill ${bill.number} has not been paid: nothing to refund`);
  try {
    return await prisma.$transaction(async (tx) => {
      const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
      const [{ value }] = await tx.$queryRaw<{ value: number }[]>`
        INSERT INTO "Counter" (name, value) VALUES (${`refund-${year}`}, 1)
        ON CONFLICT (name) DO UPDATE SET value = "Counter".value + 1 RETURNING value`;
      return tx.refund.create({
        data: {
          number: `TK${year}-${String(value).padStart(6, '0')}`,
          householdId: refund.householdId,
          billId: bill.id,
          amount: bill.paid,
          reason: refund.reason,
          refundedById: refund.refundedById ?? null,
          idempotencyKey: refund.idempotencyKey,
        },
      });
    });
  } catch (error) {
    // Refunded at the same moment by a retry: the unique bill or key kept one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const first = await prisma.refund.findFirst({ where: { OR: [{ idempotencyKey: refund.idempotencyKey }, { billId: bill.id }] } });
      if (first) return first;
    }
    throw error;
  }
}
