import { Body, Controller, Injectable, Logger, Param, Post, type OnModuleInit } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { Prisma, type Approval } from '../../../../prisma/client';
import { money, refreshLadder } from '../../../common/ledger';
import { arrearsChanged } from '../../../../workflows/dunning/messages';
import { ApprovalsService } from '../approvals/approvals.service';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { idPipe } from '../common/crud';
import { conflict, notFound } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';
import { PaymentsService } from './payments';

export class ReversalDto {
  @ApiProperty({ description: 'Why the payment is wrong (printed on the receipt)' })
  @IsString()
  @Matches(/\S/, { message: 'reason is required' })
  @MaxLength(500)
  reason: string;
}

const day = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * A wrong payment is reversed, never edited or deleted (FEE-2): staff ask for it with a reason, a person of
 * another role approves, and then its allocations are undone by allocations of the opposite amount, so its
 * bills owe again; the payment keeps its receipt number and shows the reversal.
 */
@Injectable()
export class PaymentReversals implements OnModuleInit {
  private readonly log = new Logger('PaymentReversals');

  constructor(
    private readonly prisma: PrismaService,
    private readonly approvals: ApprovalsService,
    private readonly payments: PaymentsService,
    private readonly temporal: TemporalService,
  ) {}

  onModuleInit() {
    this.approvals.register('PAYMENT_REVERSAL', (approval) => this.post(approval));
  }

  async request(paymentId: number, reason: string, staff: StaffPrincipal) {
    const payment = await this.prisma.payment.findUnique({ where: { id: paymentId }, include: { household: { include: { unit: true } } } });
    if (!payment) throw notFound('payment', paymentId);
    if (payment.reversedAt) throw conflict(`Receipt ${payment.receiptNumber} was reversed on ${day(payment.reversedAt)}: it cannot be reversed again.`);
    return this.approvals.request(
      {
        kind: 'PAYMENT_REVERSAL',
        subject: `payment-${payment.id}`,
        householdId: payment.householdId,
        amount: money(payment.amount),
        reason: reason.trim(),
        params: { paymentId: payment.id, receiptNumber: payment.receiptNumber, household: { name: payment.household.name, unit: payment.household.unit.number } },
        pendingMessage: (id) => `Receipt ${payment.receiptNumber} already has a reversal waiting for approval (approval ${id}).`,
      },
      staff,
    );
  }

  /** Posts an approved reversal in one transaction: the bills owe again, the payment is marked, the overdue list is brought up to date. */
  private async post(approval: Approval): Promise<Prisma.InputJsonValue> {
    const { paymentId } = approval.params as { paymentId: number };
    const householdId = approval.householdId!;
    const result = await this.prisma.$transaction(async (tx) => {
      // The household's payments queue on this lock, as a payment's allocation does.
      await tx.$queryRaw`SELECT id FROM "Household" WHERE id = ${householdId} FOR UPDATE`;
      const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { allocations: { include: { bill: true } } } });
      if (payment.reversedAt) throw conflict(`Receipt ${payment.receiptNumber} was reversed on ${day(payment.reversedAt)}: it cannot be reversed again.`);
      const owingAgain: { billId: number; billNumber: string; period: string; amount: number }[] = [];
      for (const allocation of payment.allocations) {
        if (allocation.amount.lte(0)) continue;
        await tx.allocation.create({ data: { paymentId, billId: allocation.billId, amount: allocation.amount.negated() } });
        const bill = await tx.bill.update({ where: { id: allocation.billId }, data: { paid: { decrement: allocation.amount } } });
        if (bill.amount.minus(bill.paid).minus(bill.waived).gt(0) && bill.status !== 'OPEN') {
          await tx.bill.update({ where: { id: bill.id }, data: { status: 'OPEN', settledAt: null } });
        }
        owingAgain.push({ billId: bill.id, billNumber: bill.number, period: bill.period, amount: money(allocation.amount) });
      }
      await tx.payment.update({ where: { id: paymentId }, data: { reversedAt: new Date(), reversalId: approval.id } });
      const { ladder, arrears } = await refreshLadder(tx, householdId);
      return { payment, owingAgain, ladderWorkflowId: ladder?.workflowId ?? null, overdue: arrears.overdue };
    });
    await this.tellDunning(householdId, result.payment, result.ladderWorkflowId, result.overdue);
    return { paymentId, receiptNumber: result.payment.receiptNumber, bills: result.owingAgain, overdue: result.overdue };
  }

  /** The household's ladder looks at its account again; with none open and debts overdue again, the sweep opens one now. */
  private async tellDunning(householdId: number, payment: { id: number; receiptNumber: string; amount: Prisma.Decimal }, ladderWorkflowId: string | null, overdue: number) {
    try {
      if (ladderWorkflowId) {
        await this.temporal.client.workflow
          .getHandle(ladderWorkflowId)
          .signal(arrearsChanged, { reversedPaymentId: payment.id, receiptNumber: payment.receiptNumber, amount: money(payment.amount) });
      } else if (overdue > 0) {
        await this.temporal.client.workflow.start('arrearsSweepWorkflow', {
          workflowId: `arrears-sweep-reversal-${payment.id}`,
          taskQueue: this.temporal.taskQueue,
          args: [{ householdIds: [householdId] }],
        });
      }
    } catch (error) {
      // The ladder re-reads the account before each step, and the daily sweep finds the arrears.
      this.log.warn(`Could not tell the dunning of household ${householdId} about reversed receipt ${payment.receiptNumber}: ${(error as Error).message}`);
    }
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller('payments')
export class PaymentReversalsController {
  constructor(private readonly reversals: PaymentReversals) {}

  /** Asks for a payment's reversal; it posts once a person of another role approves it (POST /approvals/:id/approve). */
  @Post(':id/reversal')
  request(@Param('id', idPipe) id: number, @Body() dto: ReversalDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.reversals.request(id, dto.reason, staff);
  }
}
