import { Injectable } from '@nestjs/common';
import { money } from '../../../common/ledger';
import { PrismaService } from '../database/prisma.service';
import { FIGURE_COLUMNS, repairReport } from './figures-report';
import { RepairsService } from './repairs.service';

const HOUR = 3_600_000;

interface Row {
  category: string;
  kind: 'FREE' | 'PAID';
  status: string;
  engineerId: number | null;
  createdAt: Date;
  arrivedAt: Date | null;
  arrivedOnTime: boolean | null;
  completedAt: Date | null;
  rectifications: number;
  charge: unknown;
  paymentId: number | null;
  materialCost: unknown;
  visits: { onTime: boolean; satisfaction: string }[];
}

/** The p-th percentile (nearest rank) of sorted values. */
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : null);
const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);
const hours = (ms: number) => Math.round((ms / HOUR) * 10) / 10;

/** REP-7: one line of the monthly summary. */
function summarise(rows: Row[]) {
  const live = rows.filter((r) => r.status !== 'VOIDED');
  const arrived = live.filter((r) => r.arrivedAt);
  const completed = live.filter((r) => r.completedAt);
  const durations = completed.map((r) => r.completedAt!.getTime() - r.createdAt.getTime()).sort((a, b) => a - b);
  const visited = completed.filter((r) => r.visits.length);
  const visits = live.flatMap((r) => r.visits);
  const finalViews = visited.map((r) => r.visits[r.visits.length - 1]);
  const paid = live.filter((r) => r.paymentId !== null);
  const median = percentile(durations, 50);
  const p90 = percentile(durations, 90);
  return {
    received: live.length,
    voided: rows.length - live.length,
    arrived: arrived.length,
    arrivedOnTime: arrived.filter((r) => r.arrivedOnTime).length,
    onTimeArrivalRate: rate(arrived.filter((r) => r.arrivedOnTime).length, arrived.length),
    completed: completed.length,
    medianHoursToComplete: median === null ? null : hours(median),
    p90HoursToComplete: p90 === null ? null : hours(p90),
    firstTimeFixRate: rate(completed.filter((r) => r.rectifications === 0).length, completed.length),
    returnVisits: visits.length,
    returnVisitRate: rate(visited.length, completed.length),
    onTimeVisitRate: rate(visits.filter((v) => v.onTime).length, visits.length),
    satisfactionRate: rate(finalViews.filter((v) => v.satisfaction === 'SATISFIED').length, finalViews.length),
    income: money(paid.reduce((sum, r) => sum + money(r.charge as number), 0)),
    materialCost: money(paid.reduce((sum, r) => sum + (r.materialCost === null ? 0 : money(r.materialCost as number)), 0)),
  };
}

export type RepairFigureLine = ReturnType<typeof summarise>;

/** REP-7: the monthly summary and analysis of repairs and return visits, per category, register and engineer. */
@Injectable()
export class RepairFiguresService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repairs: RepairsService,
  ) {}

  async figures(from: Date, to: Date) {
    const rows = (await this.prisma.repairOrder.findMany({
      where: { createdAt: { gte: from, lt: to } },
      select: {
        category: true,
        kind: true,
        status: true,
        engineerId: true,
        createdAt: true,
        arrivedAt: true,
        arrivedOnTime: true,
        completedAt: true,
        rectifications: true,
        charge: true,
        paymentId: true,
        materialCost: true,
        visits: { orderBy: { round: 'asc' }, select: { onTime: true, satisfaction: true } },
      },
    })) as Row[];
    const policy = await this.repairs.policy();
    const engineers = await this.prisma.staff.findMany({ where: { id: { in: rows.map((r) => r.engineerId).filter((id): id is number => id !== null) } }, select: { id: true, displayName: true } });
    const group = <K extends string>(keyOf: (r: Row) => K, name: (k: K) => { zh: string; en: string }) =>
      [...new Set(rows.map(keyOf))].sort().map((k) => ({ key: k, name: name(k), ...summarise(rows.filter((r) => keyOf(r) === k)) }));
    const categoryName = (code: string) => policy.categories.find((c) => c.code === code)?.name ?? { zh: code, en: code };
    const engineerName = (id: string) => {
      const found = engineers.find((e) => String(e.id) === id);
      return found ? { zh: found.displayName, en: found.displayName } : { zh: '未派工', en: 'Not dispatched' };
    };
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      total: summarise(rows),
      byCategory: group((r) => r.category, categoryName),
      byKind: group((r) => r.kind, (k) => (k === 'PAID' ? { zh: '有偿服务', en: 'Paid service' } : { zh: '免费维修', en: 'Free repair' })),
      byEngineer: group((r) => String(r.engineerId ?? ''), engineerName),
    };
  }

  /** The figures as a spreadsheet opens them: UTF-8 with a byte-order mark, one line per group. */
  async csv(from: Date, to: Date): Promise<string> {
    const f = await this.figures(from, to);
    const cell = (v: unknown) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    const lines = [['分组 Group', '名称 Name', ...FIGURE_COLUMNS.map(([, label]) => `${label.zh} ${label.en}`)].map(cell).join(',')];
    const add = (group: string, name: string, line: RepairFigureLine) => lines.push([group, name, ...FIGURE_COLUMNS.map(([key]) => line[key])].map(cell).join(','));
    add('合计 Total', '', f.total);
    for (const l of f.byCategory) add('类别 Category', `${l.name.zh} ${l.name.en}`, l);
    for (const l of f.byKind) add('性质 Register', `${l.name.zh} ${l.name.en}`, l);
    for (const l of f.byEngineer) add('维修人员 Engineer', l.name.zh, l);
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  /** The workbook and the PDF of the monthly report. */
  async report(from: Date, to: Date) {
    return repairReport(await this.figures(from, to), from, to);
  }
}
