import { Body, Controller, Get, Injectable, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import type { Response } from 'express';
import { Prisma } from '../../../../prisma/client';
import { money } from '../../../common/ledger';
import { CurrentStaff, type StaffPrincipal } from '../auth/current-staff.decorator';
import { CrudService, idPipe, listQuery, sendPage } from '../common/crud';
import { badRequest, conflict } from '../common/errors';
import { isRealDate } from '../common/dates';
import { columns, intEq, isInt4, text, type ListParams, type ListSpec } from '../common/list-query';
import { PrismaService } from '../database/prisma.service';
import { plain, staffBrief } from './money';

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

export class CreateHandoverDto {
  @ApiProperty()
  @IsInt()
  collectorId: number;

  @ApiProperty({ example: '2026-11-23', description: "The collector's working day (local date)" })
  @Matches(DAY_TEXT, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: 1520, description: 'What the clerk counted' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'countedAmount must be a number with at most 2 decimals' })
  @Min(0)
  countedAmount: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** The local day [start, end) in UTC instants (China Standard Time). */
function dayRange(day: string, field: string) {
  if (!DAY_TEXT.test(day) || !isRealDate(day)) throw badRequest(field, 'must be a date (YYYY-MM-DD)');
  const start = new Date(`${day}T00:00:00+08:00`);
  return { gte: start, lt: new Date(start.getTime() + 86_400_000) };
}

/** FEE-7: each collector's cash goes to the internal clerk daily; the clerk's count is reconciled with the receipts. */
@Injectable()
export class CashHandoversService extends CrudService {
  protected readonly label = 'cash handover';
  protected override readonly include = { collector: staffBrief, receivedBy: staffBrief };
  protected readonly listSpec: ListSpec = {
    sort: columns('id', 'date', 'difference', 'createdAt'),
    defaultSort: ['date', 'desc'],
    filters: {
      collectorId: intEq('collectorId'),
      date: (v, k) => {
        dayRange(text(v, k), `filter.${k}`);
        return { date: new Date(text(v, k)) };
      },
    },
  };

  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected get delegate() {
    return this.prisma.cashHandover;
  }

  protected override present(row: Record<string, unknown>) {
    return plain(row, ['expectedAmount', 'countedAmount', 'difference'], ['date']);
  }

  /** Cash a collector took on a day and has not handed over yet. */
  async pending(collectorId: number, day: string) {
    const [payments, handovers] = await Promise.all([
      this.prisma.payment.findMany({
        // A payment reversed before it was handed over is not cash to hand over.
        where: { collectorId, method: 'CASH', handoverId: null, reversedAt: null, receivedAt: dayRange(day, 'date') },
        orderBy: { receivedAt: 'asc' },
        select: { id: true, receiptNumber: true, amount: true, receivedAt: true, household: { select: { name: true, unit: { select: { number: true } } } } },
      }),
      this.prisma.cashHandover.count({ where: { collectorId, date: new Date(day) } }),
    ]);
    return {
      collectorId,
      date: day,
      /** Handovers already recorded for this collector and day. */
      handovers,
      receipts: payments.length,
      expectedAmount: money(payments.reduce((sum, p) => sum.plus(p.amount), new Prisma.Decimal(0))),
      payments: payments.map((p) => plain(p, ['amount'])),
    };
  }

  async handOver(dto: CreateHandoverDto, clerk: StaffPrincipal) {
    const collector = await this.prisma.staff.findUnique({ where: { id: dto.collectorId } });
    if (!collector) throw badRequest('collectorId', `staff member ${dto.collectorId} does not exist`);
    const range = dayRange(dto.date, 'date');
    const date = new Date(dto.date);
    // A handover takes the cash receipts not handed over yet: a second one the same day covers cash taken
    // since the first, and a repeated submission finds nothing left to hand over.
    const handover = await this.prisma.$transaction(async (tx) => {
      const payments = await tx.payment.findMany({ where: { collectorId: collector.id, method: 'CASH', handoverId: null, reversedAt: null, receivedAt: range } });
      if (!payments.length) {
        if (await tx.cashHandover.findFirst({ where: { collectorId: collector.id, date } })) {
          throw conflict(`${collector.displayName}'s cash of ${dto.date} has already been handed over.`);
        }
        throw badRequest('date', `${collector.displayName} took no cash on ${dto.date} that is not handed over`);
      }
      const expected = payments.reduce((sum, p) => sum.plus(p.amount), new Prisma.Decimal(0));
      const counted = new Prisma.Decimal(dto.countedAmount);
      // FEE-7: cash short or over is reconciled with finance: the clerk says why before it is recorded.
      const difference = counted.minus(expected);
      if (!difference.isZero() && !dto.note?.trim()) {
        throw badRequest('note', `the count differs from the receipts (${difference.isNegative() ? 'short' : 'over'} ¥${difference.abs().toFixed(2)}): explain the difference in the note`);
      }
      const created = await tx.cashHandover.create({
        data: {
          collectorId: collector.id,
          receivedById: clerk.id,
          date,
          receipts: payments.length,
          expectedAmount: expected,
          countedAmount: counted,
          difference,
          note: dto.note?.trim() || null,
        },
      });
      const linked = await tx.payment.updateMany({ where: { id: { in: payments.map((p) => p.id) }, handoverId: null }, data: { handoverId: created.id } });
      if (linked.count !== payments.length) throw conflict('Some of these receipts were handed over at the same moment; reload and try again.');
      return created;
    });
    return this.get(handover.id);
  }

  /**
   * The day's reconciliation for finance: receipts by collector and by method, cash expected, counted, the
   * difference, and cash not handed over yet (a collector may hand over more than once a day).
   */
  async reconciliation(day: string) {
    const range = dayRange(day, 'date');
    const date = new Date(day);
    const [payments, handovers] = await Promise.all([
      // A reversed payment counts only where it was handed over before its reversal.
      this.prisma.payment.findMany({ where: { receivedAt: range, OR: [{ reversedAt: null }, { handoverId: { not: null } }] }, select: { amount: true, method: true, collectorId: true, handoverId: true, collector: staffBrief } }),
      this.prisma.cashHandover.findMany({ where: { date }, include: { collector: staffBrief } }),
    ]);
    interface CollectorRow {
      collectorId: number;
      displayName: string;
      receipts: number;
      cashAmount: number;
      /** Every cash receipt of the day is in a handover. */
      handedOver: boolean;
      handovers: number;
      countedAmount: number | null;
      difference: number | null;
      notHandedOver: number;
    }
    const collectors = new Map<number, CollectorRow>();
    const rowOf = (collectorId: number, displayName: string) => {
      const row = collectors.get(collectorId) ?? { collectorId, displayName, receipts: 0, cashAmount: 0, handedOver: false, handovers: 0, countedAmount: null, difference: null, notHandedOver: 0 };
      collectors.set(collectorId, row);
      return row;
    };
    for (const p of payments) {
      if (!p.collectorId || p.method !== 'CASH') continue;
      const row = rowOf(p.collectorId, p.collector!.displayName);
      row.receipts++;
      row.cashAmount = money(row.cashAmount + money(p.amount));
      if (p.handoverId === null) row.notHandedOver = money(row.notHandedOver + money(p.amount));
    }
    for (const h of handovers) {
      const row = rowOf(h.collectorId, h.collector.displayName);
      row.handovers++;
      row.countedAmount = money((row.countedAmount ?? 0) + money(h.countedAmount));
      row.difference = money((row.difference ?? 0) + money(h.difference));
    }
    for (const row of collectors.values()) row.handedOver = row.handovers > 0 && row.notHandedOver === 0;
    const methods = ['CASH', 'CARD', 'TRANSFER', 'BANK_DEBIT'] as const;
    const rows = [...collectors.values()];
    return {
      date: day,
      collectors: rows,
      byMethod: methods.map((method) => {
        const of = payments.filter((p) => p.method === method);
        return { method, receipts: of.length, amount: money(of.reduce((sum, p) => sum + money(p.amount), 0)) };
      }),
      totalReceived: money(payments.reduce((sum, p) => sum + money(p.amount), 0)),
      cashExpected: money(rows.reduce((sum, r) => sum + r.cashAmount, 0)),
      cashCounted: money(handovers.reduce((sum, h) => sum + money(h.countedAmount), 0)),
      difference: money(handovers.reduce((sum, h) => sum + money(h.difference), 0)),
      notHandedOver: money(rows.reduce((sum, r) => sum + r.notHandedOver, 0)),
    };
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller('cash-handovers')
export class CashHandoversController {
  constructor(private readonly handovers: CashHandoversService) {}

  @Get()
  @listQuery()
  async list(@Query() params: ListParams, @Res({ passthrough: true }) res: Response) {
    return sendPage(res, 'cash-handovers', await this.handovers.list(params));
  }

  @Get('pending')
  pending(@Query('collectorId') collectorId: string, @Query('date') date: string) {
    if (typeof collectorId !== 'string' || !/^\d{1,10}$/.test(collectorId) || !isInt4(Number(collectorId))) throw badRequest('collectorId', 'must be a staff member id');
    return this.handovers.pending(Number(collectorId), date ?? '');
  }

  @Get('reconciliation')
  reconciliation(@Query('date') date: string) {
    return this.handovers.reconciliation(date ?? '');
  }

  @Get(':id')
  get(@Param('id', idPipe) id: number) {
    return this.handovers.get(id);
  }

  @Post()
  create(@Body() dto: CreateHandoverDto, @CurrentStaff() staff: StaffPrincipal) {
    return this.handovers.handOver(dto, staff);
  }
}
