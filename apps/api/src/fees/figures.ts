import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Prisma } from '../../../../prisma/client';
import { localToday, money } from '../../../common/ledger';
import { isPeriod } from '../../../../workflows/billing/policy';
import { AppConfigService } from '../common/app-config.service';
import { badRequest } from '../common/errors';
import { sendReport } from '../common/figures/send';
import { PrismaService } from '../database/prisma.service';
import { AGING_BUCKETS } from './aging';
import { feeReport } from './figures-report';

type Sums = { billed: Prisma.Decimal | null; collected: Prisma.Decimal | null; waived: Prisma.Decimal | null };
/** The collection rate: collected over what is receivable (billed less what was waived). */
const rated = (row: Sums) => {
  const billed = money(row.billed ?? 0);
  const collected = money(row.collected ?? 0);
  const waived = money(row.waived ?? 0);
  const receivable = billed - waived;
  return { billed, collected, waived, rate: receivable > 0 ? Math.round((collected / receivable) * 10_000) / 10_000 : null };
};

/** FEE-7: the collection rate by period, building and ladder step, and arrears by age. */
@Injectable()
export class FeeFiguresService {
  constructor(private readonly prisma: PrismaService) {}

  async figures(from: string, to: string) {
    if (!isPeriod(from)) throw badRequest('from', 'must be a period (YYYY-MM)');
    if (!isPeriod(to)) throw badRequest('to', 'must be a period (YYYY-MM)');
    if (from > to) throw badRequest('to', 'must not be before from');
    const today = localToday();
    const [total, periods, buildings, steps, aging] = await Promise.all([
      this.prisma.$queryRaw<Sums[]>`
        SELECT SUM(amount) AS billed, SUM(paid) AS collected, SUM(waived) AS waived FROM "Bill" WHERE period BETWEEN ${from} AND ${to}`,
      this.prisma.$queryRaw<(Sums & { period: string })[]>`
        SELECT period, SUM(amount) AS billed, SUM(paid) AS collected, SUM(waived) AS waived FROM "Bill"
        WHERE period BETWEEN ${from} AND ${to} GROUP BY period ORDER BY period`,
      this.prisma.$queryRaw<(Sums & { buildingId: number; name: string })[]>`
        SELECT bd.id AS "buildingId", bd.name, SUM(b.amount) AS billed, SUM(b.paid) AS collected, SUM(b.waived) AS waived
        FROM "Bill" b JOIN "Unit" u ON u.id = b."unitId" JOIN "Building" bd ON bd.id = u."buildingId"
        WHERE b.period BETWEEN ${from} AND ${to} GROUP BY bd.id, bd.name ORDER BY bd.name`,
      this.prisma.dunningLadder.groupBy({ by: ['step', 'status', 'stopReason'], _count: true, _sum: { overdueAmount: true } }),
      this.prisma.$queryRaw<{ bucket: string; bills: bigint; households: bigint; amount: Prisma.Decimal }[]>`
        SELECT CASE WHEN ${today}::date - "dueDate" <= 30 THEN '0-30' WHEN ${today}::date - "dueDate" <= 90 THEN '31-90'
                    WHEN ${today}::date - "dueDate" <= 180 THEN '91-180' ELSE '181+' END AS bucket,
               COUNT(*) AS bills, COUNT(DISTINCT "householdId") AS households, SUM(amount - paid - waived) AS amount
        FROM "Bill" WHERE status = 'OPEN' AND "dueDate" < ${today}::date GROUP BY 1`,
    ]);
    const STEPS = ['OVERDUE', 'REMINDED', 'LETTER_SENT', 'VISITED', 'LEGAL_REVIEW', 'REFERRED'];
    return {
      from,
      to,
      total: rated(total[0] ?? { billed: null, collected: null, waived: null }),
      periods: periods.map((p) => ({ period: p.period, ...rated(p) })),
      buildings: buildings.map((b) => ({ buildingId: b.buildingId, name: b.name, ...rated(b) })),
      // Per step: the ladders there now, and of all ladders that reached it, how many were paid in full at it.
      steps: STEPS.map((step, i) => {
        const open = steps.filter((s) => s.step === step && s.status !== 'STOPPED');
        const reached = steps.filter((s) => STEPS.indexOf(s.step) >= i).reduce((n, s) => n + s._count, 0);
        const paid = steps.filter((s) => s.step === step && s.stopReason === 'paid').reduce((n, s) => n + s._count, 0);
        return {
          step,
          households: open.reduce((n, s) => n + s._count, 0),
          amount: money(open.reduce((sum, s) => sum + money(s._sum.overdueAmount ?? 0), 0)),
          reached,
          paid,
          rate: reached ? Math.round((paid / reached) * 10_000) / 10_000 : null,
        };
      }),
      // Per age: the overdue bills, and the households they belong to (one household may owe in several ages).
      aging: AGING_BUCKETS.map((bucket) => {
        const row = aging.find((a) => a.bucket === bucket);
        return { bucket, bills: Number(row?.bills ?? 0), households: Number(row?.households ?? 0), amount: money(row?.amount ?? 0) };
      }),
    };
  }
}

@ApiTags('fees')
@ApiBearerAuth()
@Controller('fees')
export class FeeFiguresController {
  constructor(
    private readonly figures: FeeFiguresService,
    private readonly config: AppConfigService,
  ) {}

  private get font() {
    return { path: this.config.values.LETTER_FONT_PATH, family: this.config.values.LETTER_FONT_FAMILY };
  }

  @Get('figures')
  @ApiQuery({ name: 'from', example: '2026-01' })
  @ApiQuery({ name: 'to', example: '2026-12' })
  get(@Query('from') from: string, @Query('to') to: string) {
    return this.figures.figures(from, to);
  }

  /** The figures as a workbook or a PDF, titled in `lang` (zh, en). */
  @Get('figures.xlsx')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async xlsx(@Query('from') from: string, @Query('to') to: string, @Query('lang') lang: unknown, @Res() res: Response) {
    await sendReport(res, 'xlsx', lang, async () => feeReport(await this.figures.figures(from, to)), this.font);
  }

  @Get('figures.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['zh', 'en'] })
  async pdf(@Query('from') from: string, @Query('to') to: string, @Query('lang') lang: unknown, @Res() res: Response) {
    await sendReport(res, 'pdf', lang, async () => feeReport(await this.figures.figures(from, to)), this.font);
  }
}
