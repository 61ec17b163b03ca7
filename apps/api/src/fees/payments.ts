import { Body, Controller, Get, Injectable, Logger, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PaymentChannel, PaymentMethod } from '../../../../prisma/client';
import { creditOf, localToday, money, PaymentRefused, recordPayment, type PaymentInput } from '../../../common/ledger';
import { renderPdf } from '../../../common/pdf';
import type { HomeCollectionInput } from '../../../../workflows/home-collection/workflow';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CasesService } from '../cases/cases.service';
import { AppConfigService } from '../common/app-config.service';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest, notFound } from '../common/errors';
import { isRealDate } from '../common/dates';
import { columns, contains, enumEq, intEq, text, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { TemporalService } from '../temporal/temporal.module';
import { presentBill } from './bills';
import { householdBrief, plain, staffBrief } from './money';
import { CreatePaymentDto, HomeCollectionDto } from './payments.dto';
import { presentReversal, receiptDocument, reversalBrief, type ReversalRow } from './receipts';

export { AllocationDto, CreatePaymentDto, HomeCollectionDto } from './payments.dto';
export { capitalYuan } from './receipts';

/** FEE-2: payments with numbered receipts, the household ledger, and home collection by appointment. */
@Injectable()
export class PaymentsService extends CrudService {
  private readonly log = new Logger('Payments');
  protected readonly label = 'payment';
  protected override readonly include = { household: householdBrief, collector: staffBrief, allocations: { select: { amount: true } }, reversal: reversalBrief };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'receivedAt', 'amount', 'receiptNumber'),
    defaultSort: ['receivedAt', 'desc'],
    filters: {
      householdId: intEq('householdId'),
      collectorId: intEq('collectorId'),
      handoverId: intEq('handoverId'),
      method: enumEq('method', Object.values(PaymentMethod)),
      channel: enumEq('channel', Object.values(PaymentChannel)),
      date: (v, k) => {
        const day = text(v, k);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDate(day)) throw badRequest(`filter.${k}`, 'must be a date (YYYY-MM-DD)');
        const start = new Date(`${day}T00:00:00+08:00`);
        return { receivedAt: { gte: start, lt: new Date(start.getTime() + 86_400_000) } };
      },
      q: contains('receiptNumber'),
    },
  };

  constructor(
    private readonly prisma: PrismaService,
    private readonly temporal: TemporalService,
    private readonly config: AppConfigService,
    private readonly cases: CasesService,
  ) {
    super();
  }

  protected get delegate() {
    return this.prisma.payment;
  }

  protected override present(row: Record<string, unknown> & { allocations?: { amount: unknown }[]; reversal?: ReversalRow | null }) {
    const { allocations, reversal, ...payment } = row;
    const allocated = (allocations ?? []).reduce((sum, a) => sum + Number(a.amount), 0);
    const plainPayment = plain(payment, ['amount']) as Record<string, unknown> & { amount: number; reversedAt?: Date | null };
    // A reversed payment's money is gone: none of it is credit.
    const unallocated = plainPayment.reversedAt ? 0 : money(plainPayment.amount - allocated);
    return { ...plainPayment, unallocated, reversal: presentReversal(reversal) };
  }

  async detail(id: number) {
    const payment = await this.get(id);
    const allocations = await this.prisma.allocation.findMany({ where: { paymentId: id }, include: { bill: true }, orderBy: { id: 'asc' } });
    // A reversal's allocations (negative) follow the ones they undo.
    return { ...(payment as object), allocations: allocations.map((a) => ({ billId: a.billId, billNumber: a.bill.number, period: a.bill.period, amount: money(a.amount) })) };
  }

  /** Records a payment and tells the household's dunning ladder, which stops when nothing is overdue. */
  async pay(input: PaymentInput) {
    const household = await this.prisma.household.findUnique({ where: { id: input.householdId } });
    if (!household) throw badRequest('householdId', `household ${input.householdId} does not exist`);
    let result;
    try {
      result = await recordPayment(this.prisma, input);
    } catch (error) {
      if (error instanceof PaymentRefused) throw badRequest(error.field, error.message);
      throw error;
    }
    if (result.ladderWorkflowId) await this.tellLadder(result.ladderWorkflowId, result.payment);
    return this.detail(result.payment.id);
  }

  async tellLadder(workflowId: string, payment: { id: number; receiptNumber: string; amount: unknown }) {
    try {
      await this.temporal.client.workflow
        .getHandle(workflowId)
        .signal('arrearsChanged', { paymentId: payment.id, receiptNumber: payment.receiptNumber, amount: money(payment.amount as number) });
    } catch (error) {
      // The ladder looks at the account again before each step, so it still stops in time.
      this.log.warn(`Could not tell ladder ${workflowId} of payment ${payment.receiptNumber}: ${(error as Error).message}`);
    }
  }

  atCounter(dto: CreatePaymentDto, staff: StaffPrincipal) {
    return this.pay({
      householdId: dto.householdId,
      amount: dto.amount,
      method: dto.method,
      channel: 'COUNTER',
      allocations: dto.allocations,
      reference: dto.reference,
      note: dto.note,
      collectorId: staff.id,
      idempotencyKey: dto.requestId ? `counter:${staff.id}:${dto.requestId}` : `counter:${staff.id}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
    });
  }

  /** The printable receipt: number, household, amount in figures and in capitals, what it paid, and its reversal if any. */
  async receipt(id: number): Promise<{ pdf: Buffer; fileName: string }> {
    const payment = await this.prisma.payment.findUnique({
      where: { id },
      include: {
        household: { include: { unit: { include: { building: { include: { estate: true } } } } } },
        collector: true,
        allocations: { include: { bill: { include: { lines: true } } }, orderBy: { id: 'asc' } },
        reversal: reversalBrief,
      },
    });
    if (!payment) throw notFound('payment', id);
    const { LETTER_FONT_PATH, LETTER_FONT_FAMILY } = this.config.values;
    const pdf = await renderPdf({ path: LETTER_FONT_PATH, family: LETTER_FONT_FAMILY }, receiptDocument(payment));
    return { pdf, fileName: `receipt-${payment.receiptNumber}.pdf` };
  }

  /** The household's fee ledger, as its file shows it. */
  async ledger(householdId: number) {
    const household = await this.prisma.household.findUnique({ where: { id: householdId } });
    if (!household) throw notFound('household', householdId);
    const today = localToday();
    const [bills, payments, debitFailures, ladder, credit] = await Promise.all([
      this.prisma.bill.findMany({ where: { householdId }, orderBy: [{ period: 'desc' }, { id: 'desc' }] }),
      this.prisma.payment.findMany({ where: { householdId }, orderBy: { receivedAt: 'desc' }, include: { collector: staffBrief, allocations: { select: { amount: true } }, reversal: reversalBrief } }),
      this.prisma.debitResult.findMany({ where: { householdId, succeeded: false }, orderBy: { debitedAt: 'desc' } }),
      this.prisma.dunningLadder.findFirst({ where: { householdId }, orderBy: [{ startedAt: 'desc' }] }),
      creditOf(this.prisma, householdId),
    ]);
    const presented = bills.map((b) => presentBill(b, today));
    const sum = (values: number[]) => money(values.reduce((a, b) => a + b, 0));
    const buckets = [
      { bucket: '0-30', from: 0, to: 30 },
      { bucket: '31-90', from: 31, to: 90 },
      { bucket: '91-180', from: 91, to: 180 },
      { bucket: '181+', from: 181, to: Infinity },
    ];
    const overdueBills = presented.filter((b) => b.overdue);
    const age = (b: { dueDate: string }) => Math.floor((today.getTime() - Date.parse(b.dueDate)) / 86_400_000);
    const outstanding = sum(presented.filter((b) => b.status === 'OPEN').map((b) => b.outstanding as number));
    return {
      householdId,
      billed: sum(presented.map((b) => b.amount)),
      // A reversed payment paid nothing; it stays on the ledger with its reversal.
      paid: sum(payments.filter((p) => !p.reversedAt).map((p) => money(p.amount))),
      waived: sum(presented.map((b) => b.waived)),
      outstanding,
      credit,
      balance: money(outstanding - credit),
      overdue: sum(overdueBills.map((b) => b.outstanding as number)),
      aging: buckets.map(({ bucket, from, to }) => {
        const inBucket = overdueBills.filter((b) => age(b) >= from && age(b) <= to);
        return { bucket, amount: sum(inBucket.map((b) => b.outstanding as number)), bills: inBucket.length };
      }),
      bills: presented,
      payments: payments.map((p) => this.present(p)),
      reversals: payments.filter((p) => p.reversedAt).map((p) => ({ paymentId: p.id, receiptNumber: p.receiptNumber, amount: money(p.amount), reversedAt: p.reversedAt, ...presentReversal(p.reversal) })),
      debitFailures: debitFailures.map((d) => plain(d, ['amount'], ['debitedAt'])),
      ladder: ladder && { id: ladder.id, caseId: ladder.caseId, step: ladder.step, status: ladder.status, reason: ladder.reason, pausedUntil: ladder.pausedUntil, stopReason: ladder.stopReason },
    };
  }

  /** FEE-2: a collection at home by appointment, as a case with the cashiers' tasks. */
  async bookHomeCollection(dto: HomeCollectionDto) {
    const household = await this.prisma.household.findUnique({ where: { id: dto.householdId }, include: { unit: true } });
    if (!household) throw badRequest('householdId', `household ${dto.householdId} does not exist`);
    if (Date.parse(dto.appointmentAt) < Date.now() - 3600_000) throw badRequest('appointmentAt', 'must not be in the past');
    return this.cases.startCase<HomeCollectionInput>({
      process: 'home-collection',
      workflowType: 'homeCollectionWorkflow',
      workflowId: (caseId) => `home-collection-${caseId}`,
      title: { zh: `上门收费：${household.name}（${household.unit.number}）`, en: `Home collection: ${household.name} (${household.unit.number})` },
      householdId: household.id,
      policyKey: 'home-collection',
      defaultPolicy: {},
      input: (caseId, _policy, delivery) => ({ caseId, householdId: household.id, appointmentAt: new Date(dto.appointmentAt).toISOString(), note: dto.note, delivery }),
    });
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller()
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get('payments')
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'payments', await this.payments.list(params));
  }

  @Get('payments/:id')
  get(@Param('id', idPipe) id: number) {
    return this.payments.detail(id);
  }

  /** A payment at the counter; without allocations the oldest debt is paid first. */
  @Post('payments')
  create(@Body() dto: CreatePaymentDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.payments.atCounter(dto, staff);
  }

  @Get('payments/:id/receipt.pdf')
  async receipt(@Param('id', idPipe) id: number, @Res() res: Response) {
    const { pdf, fileName } = await this.payments.receipt(id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${fileName}"`);
    res.send(pdf);
  }

  @Get('households/:id/ledger')
  ledger(@Param('id', idPipe) id: number) {
    return this.payments.ledger(id);
  }

  @Post('home-collections')
  book(@Body() dto: HomeCollectionDto) {
    return this.payments.bookHomeCollection(dto);
  }
}
