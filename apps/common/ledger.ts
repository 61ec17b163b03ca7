import { Prisma, type PaymentChannel, type PaymentMethod, type PrismaClient } from '../../prisma/client';

/**
 * A household's fee account, shared by the API and the worker: arrears, payments and their allocation
 * to bills, credit, write-offs. Amounts are decimals in the database and numbers with two decimals outside.
 */
type Db = PrismaClient | Prisma.TransactionClient;
const Decimal = Prisma.Decimal;
const ZERO = new Decimal(0);

export const money = (value: Prisma.Decimal | number | string): number => Number(new Decimal(value).toFixed(2));

/** Today's local date (China Standard Time by default) as the UTC midnight a `@db.Date` column holds. */
export function localToday(now = Date.now(), utcOffsetMinutes = 480): Date {
  return new Date(new Date(now + utcOffsetMinutes * 60_000).toISOString().slice(0, 10));
}

const outstandingOf = (bill: { amount: Prisma.Decimal; paid: Prisma.Decimal; waived: Prisma.Decimal }) =>
  bill.amount.minus(bill.paid).minus(bill.waived);

export interface Arrears {
  /** Unpaid on bills past their due date. */
  overdue: number;
  /** Unpaid on every open bill. */
  outstanding: number;
  oldestDueDate: string | null;
  periods: string[];
}

export async function arrearsOf(db: Db, householdId: number, today = localToday()): Promise<Arrears> {
  const bills = await db.bill.findMany({ where: { householdId, status: 'OPEN' }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
  const overdueBills = bills.filter((b) => b.dueDate < today);
  return {
    overdue: money(overdueBills.reduce((sum, b) => sum.plus(outstandingOf(b)), ZERO)),
    outstanding: money(bills.reduce((sum, b) => sum.plus(outstandingOf(b)), ZERO)),
    oldestDueDate: overdueBills[0]?.dueDate.toISOString().slice(0, 10) ?? null,
    periods: overdueBills.map((b) => b.period),
  };
}

/** Refuses a payment with the field at fault; nothing has been written. */
export class PaymentRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface PaymentInput {
  householdId: number;
  amount: number;
  method: PaymentMethod;
  channel: PaymentChannel;
  /** The same key again returns the first payment: a double click or a retried import pays once. */
  idempotencyKey: string;
  collectorId?: number | null;
  reference?: string | null;
  note?: string | null;
  receivedAt?: Date;
  caseId?: number | null;
  /** Staff's own choice of bills; without it the oldest debt is paid first. */
  allocations?: { billId: number; amount: number }[];
}

const cents = (n: number) => Math.round(n * 100);

/** A positive amount in yuan with at most two decimals. */
export const isAmount = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0 && n < 1e9 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

/**
 * Records a payment with the next receipt number and allocates it, in one transaction. Returns the
 * payment and the workflow of the household's open dunning ladder, which the caller tells.
 */
export async function recordPayment(prisma: PrismaClient, input: PaymentInput) {
  const found = await prisma.payment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (found) return { payment: found, created: false, ladderWorkflowId: null as string | null };
  if (!isAmount(input.amount)) {
    throw new PaymentRefused('amount', 'must be a positive amount in yuan with at most two decimals');
  }
  try {
    return await prisma.$transaction(async (tx) => {
      // Payments of one household queue here, so two cashiers cannot allocate the same bill twice.
      await tx.$queryRaw`SELECT id FROM "Household" WHERE id = ${input.householdId} FOR UPDATE`;
      const receivedAt = input.receivedAt ?? new Date();
      const year = new Date(receivedAt.getTime() + 480 * 60_000).getUTCFullYear();
      const [{ value }] = await tx.$queryRaw<{ value: number }[]>`
        INSERT INTO "Counter" (name, value) VALUES (${`receipt-${year}`}, 1)
        ON CONFLICT (name) DO UPDATE SET value = "Counter".value + 1 RETURNING value`;
      const payment = await tx.payment.create({
        data: {
          receiptNumber: `R${year}-${String(value).padStart(6, '0')}`,
          householdId: input.householdId,
          amount: new Decimal(input.amount),
          method: input.method,
          channel: input.channel,
          idempotencyKey: input.idempotencyKey,
          collectorId: input.collectorId ?? null,
          reference: input.reference ?? null,
          note: input.note ?? null,
          receivedAt,
          caseId: input.caseId ?? null,
        },
      });
      // Staff's choice first; whatever it leaves goes to the oldest debt, and the rest is credit.
      if (input.allocations?.length) await allocateChosen(tx, payment.id, input.householdId, input.amount, input.allocations);
      await allocateRemainder(tx, payment.id);
      const { ladder } = await refreshLadder(tx, input.householdId);
      return { payment, created: true, ladderWorkflowId: ladder?.workflowId ?? null };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const first = await prisma.payment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
      if (first) return { payment: first, created: false, ladderWorkflowId: null };
    }
    throw error;
  }
}

async function settle(tx: Prisma.TransactionClient, paymentId: number, billId: number, amount: Prisma.Decimal) {
  await tx.allocation.create({ data: { paymentId, billId, amount } });
  const bill = await tx.bill.update({ where: { id: billId }, data: { paid: { increment: amount } } });
  if (outstandingOf(bill).lte(0)) await tx.bill.update({ where: { id: billId }, data: { status: 'PAID', settledAt: new Date() } });
}

async function allocateChosen(tx: Prisma.TransactionClient, paymentId: number, householdId: number, amount: number, chosen: { billId: number; amount: number }[]) {
  const total = chosen.reduce((sum, a) => sum + cents(a.amount), 0);
  if (total > cents(amount)) throw new PaymentRefused('allocations', 'allocate at most the amount paid');
  const seen = new Set<number>();
  for (const [i, a] of chosen.entries()) {
    const bill = await tx.bill.findUnique({ where: { id: a.billId } });
    if (!bill || bill.householdId !== householdId) throw new PaymentRefused(`allocations.${i}.billId`, `bill ${a.billId} is not this household's`);
    if (bill.status !== 'OPEN') throw new PaymentRefused(`allocations.${i}.billId`, `bill ${bill.number} is already ${bill.status.toLowerCase()}`);
    if (seen.has(bill.id)) throw new PaymentRefused(`allocations.${i}.billId`, `bill ${bill.number} is listed twice`);
    seen.add(bill.id);
    if (!(a.amount > 0)) throw new PaymentRefused(`allocations.${i}.amount`, 'must be more than 0');
    if (new Decimal(a.amount).gt(outstandingOf(bill))) {
      throw new PaymentRefused(`allocations.${i}.amount`, `is more than the ${money(outstandingOf(bill)).toFixed(2)} still due on bill ${bill.number}`);
    }
    await settle(tx, paymentId, bill.id, new Decimal(a.amount));
  }
}

/** What is left of a payment goes to the household's open bills, oldest due first; the rest stays as credit. */
export async function allocateRemainder(tx: Prisma.TransactionClient, paymentId: number): Promise<void> {
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { allocations: true } });
  // A reversed payment's money is gone: nothing of it is left to allocate.
  if (payment.reversedAt) return;
  let left = payment.amount.minus(payment.allocations.reduce((sum, a) => sum.plus(a.amount), ZERO));
  if (left.lte(0)) return;
  const bills = await tx.bill.findMany({ where: { householdId: payment.householdId, status: 'OPEN' }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
  for (const bill of bills) {
    if (left.lte(0)) break;
    const part = Decimal.min(left, outstandingOf(bill));
    if (part.lte(0)) continue;
    await settle(tx, paymentId, bill.id, part);
    left = left.minus(part);
  }
}

/** Credit (paid in advance) of these households goes to their open bills: run after bills are issued. */
export async function applyCredit(tx: Prisma.TransactionClient, householdIds: number[]): Promise<void> {
  if (!householdIds.length) return;
  const withCredit = await tx.$queryRaw<{ id: number }[]>`
    SELECT p.id FROM "Payment" p
    LEFT JOIN "Allocation" a ON a."paymentId" = p.id
    WHERE p."householdId" = ANY(${householdIds}) AND p."reversedAt" IS NULL
    GROUP BY p.id HAVING p.amount > COALESCE(SUM(a.amount), 0)
    ORDER BY p.id`;
  for (const { id } of withCredit) await allocateRemainder(tx, id);
}

/** Unallocated payments of a household: money paid in advance (a reversed payment leaves none). */
export async function creditOf(db: Db, householdId: number): Promise<number> {
  const [row] = await db.$queryRaw<{ credit: Prisma.Decimal | null }[]>`
    SELECT SUM(p.amount - COALESCE((SELECT SUM(a.amount) FROM "Allocation" a WHERE a."paymentId" = p.id), 0)) AS credit
    FROM "Payment" p WHERE p."householdId" = ${householdId} AND p."reversedAt" IS NULL`;
  return money(row?.credit ?? 0);
}

/** Writes off a household's overdue bills (a manager's waiver); returns the amount written off. */
export async function waiveOverdue(tx: Prisma.TransactionClient, householdId: number, today = localToday()): Promise<number> {
  const bills = await tx.bill.findMany({ where: { householdId, status: 'OPEN', dueDate: { lt: today } } });
  let total = ZERO;
  for (const bill of bills) {
    const left = outstandingOf(bill);
    total = total.plus(left);
    await tx.bill.update({ where: { id: bill.id }, data: { waived: { increment: left }, status: 'WAIVED', settledAt: new Date() } });
  }
  return money(total);
}

/**
 * Keeps the overdue list's amount and age of the household's open ladder in step with its bills.
 * Returns the arrears it computed, and the ladder (null when none is open).
 */
export async function refreshLadder(db: Db, householdId: number) {
  // One after the other: inside a payment's transaction the queries share one connection.
  const open = await db.dunningLadder.findFirst({ where: { householdId, status: { not: 'STOPPED' } } });
  const arrears = await arrearsOf(db, householdId);
  const ladder =
    open &&
    (await db.dunningLadder.update({
      where: { id: open.id },
      data: { overdueAmount: arrears.overdue, ...(arrears.oldestDueDate ? { oldestDueDate: new Date(arrears.oldestDueDate) } : {}) },
    }));
  return { ladder, arrears };
}
