import { Controller, Get, Injectable, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BillStatus } from '../../../../prisma/client';
import { localToday, money } from '../../../common/ledger';
import { isPeriod } from '../../../../workflows/billing/policy';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest } from '../common/errors';
import { boolEq, columns, contains, enumEq, intEq, text, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { agingWhere } from './aging';
import { householdBrief, plain } from './money';

type BillRow = Record<string, unknown> & { amount: number; paid: number; waived: number; status: string; dueDate: string };

/** A bill as staff see it: its outstanding amount, and whether it is overdue today. */
export function presentBill(row: Record<string, unknown>, today = localToday()): BillRow {
  const bill = plain(row, ['amount', 'paid', 'waived'], ['dueDate']) as BillRow;
  const outstanding = money(bill.amount - bill.paid - bill.waived);
  return { ...bill, outstanding, overdue: bill.status === 'OPEN' && outstanding > 0 && bill.dueDate < today.toISOString().slice(0, 10) };
}

@Injectable()
export class BillsService extends CrudService {
  protected readonly label = 'bill';
  protected override readonly include = { household: householdBrief };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'dueDate', 'period', 'amount', 'issuedAt'),
    defaultSort: ['id', 'desc'],
    filters: {
      householdId: intEq('householdId'),
      unitId: intEq('unitId'),
      runId: intEq('runId'),
      status: enumEq('status', Object.values(BillStatus)),
      period: (v, k) => {
        if (!isPeriod(text(v, k))) throw badRequest(`filter.${k}`, 'must be YYYY-MM');
        return { period: v };
      },
      /** Overdue today by so many days: 0-30, 31-90, 91-180, 181+ (the figures' aging). */
      age: (v, k) => agingWhere(v, k),
      overdue: (v, k) => (boolEq('overdue')(v, k).overdue ? { status: 'OPEN', dueDate: { lt: localToday() } } : { NOT: { status: 'OPEN', dueDate: { lt: localToday() } } }),
      q: (v, k) => ({ OR: [contains('number')(v, k), { household: contains('name')(v, k) }] }),
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.bill;
  }

  protected override present(row: Record<string, unknown>) {
    return presentBill(row);
  }

  /** The bill with its lines (rate and custody ratio as issued), its payments and its notice. */
  async detail(id: number) {
    const bill = (await this.get(id)) as BillRow & { noticeId: number | null };
    const [lines, allocations, notice] = await Promise.all([
      this.prisma.billLine.findMany({ where: { billId: id }, orderBy: { id: 'asc' } }),
      this.prisma.allocation.findMany({ where: { billId: id }, include: { payment: true }, orderBy: { id: 'asc' } }),
      bill.noticeId ? this.prisma.message.findUnique({ where: { id: bill.noticeId }, select: { id: true, channel: true, status: true, sentAt: true } }) : null,
    ]);
    return {
      ...bill,
      lines: lines.map((l) => plain(l, ['quantity', 'rate', 'ratio', 'amount'])),
      allocations: allocations.map((a) => ({ paymentId: a.paymentId, receiptNumber: a.payment.receiptNumber, amount: money(a.amount), receivedAt: a.payment.receivedAt })),
      notice,
    };
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller('bills')
export class BillsController {
  constructor(private readonly bills: BillsService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'bills', await this.bills.list(params));
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.bills.detail(id);
  }
}
