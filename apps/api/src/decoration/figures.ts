import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { timingsOf, timingSelect } from './timing';

const HOUR = 3_600_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * DEC-7: the decoration figures of a period: applications, time to approval (on the spot, within 3 days,
 * late; the department's own time with the applicant's waiting apart), violations and stops, active
 * decorations per building (now), and the workers' passes checked at the gate.
 */
@Injectable()
export class DecorationFiguresService {
  constructor(private readonly prisma: PrismaService) {}

  async figures(from: Date, to: Date) {
    const period = { gte: from, lt: to };
    const applied = await this.prisma.decoration.groupBy({ by: ['status'], where: { createdAt: period }, _count: { _all: true } });
    const approved = await this.prisma.decoration.findMany({ where: { approvedAt: period }, select: timingSelect });
    const timing = { ON_THE_SPOT: 0, WITHIN_3_DAYS: 0, LATE: 0 };
    let departmentMs = 0;
    const applicantMs = approved.reduce((n, a) => n + a.applicantWaitMs, 0);
    for (const judged of await timingsOf(this.prisma, approved)) {
      departmentMs += judged.departmentMs;
      timing[judged.timing]++;
    }
    const violations = await this.prisma.decorationViolation.count({ where: { foundAt: period } });
    const lifted = await this.prisma.decorationViolation.count({ where: { liftedAt: period } });
    const stoppedNow = await this.prisma.decoration.count({ where: { status: 'STOPPED' } });
    const active = await this.prisma.decoration.findMany({
      where: { status: { in: ['ACTIVE', 'STOPPED'] } },
      select: { status: true, household: { select: { unit: { select: { building: { select: { id: true, name: true } } } } } } },
    });
    const buildings = new Map<number, { buildingId: number; building: string; active: number; stopped: number }>();
    for (const a of active) {
      const b = a.household.unit.building;
      const row = buildings.get(b.id) ?? { buildingId: b.id, building: b.name, active: 0, stopped: 0 };
      row.active++;
      if (a.status === 'STOPPED') row.stopped++;
      buildings.set(b.id, row);
    }
    const checks = await this.prisma.gateCheck.groupBy({ by: ['result'], where: { checkedAt: period, pass: { kind: 'DECORATION_WORKER' } }, _count: { _all: true } });
    return {
      from,
      to,
      applications: applied.reduce((n, r) => n + r._count._all, 0),
      byStatus: Object.fromEntries(applied.map((r) => [r.status, r._count._all])),
      approved: approved.length,
      timing,
      averageDepartmentHours: approved.length ? round1(departmentMs / approved.length / HOUR) : null,
      averageApplicantHours: approved.length ? round1(applicantMs / approved.length / HOUR) : null,
      violations,
      stopsLifted: lifted,
      stoppedNow,
      activeByBuilding: [...buildings.values()].sort((a, b) => a.building.localeCompare(b.building)),
      gateChecks: checks.reduce((n, r) => n + r._count._all, 0),
      gateChecksByResult: Object.fromEntries(checks.map((r) => [r.result, r._count._all])),
    };
  }
}
