import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

/** MOV-7: the units in custody with their alerts and patrols. */
@Injectable()
export class CustodyFiguresService {
  constructor(private readonly prisma: PrismaService) {}

  async figures() {
    const custodies = await this.prisma.custody.findMany({
      where: { status: 'ACTIVE' },
      orderBy: { startedAt: 'asc' },
      include: {
        unit: { select: { id: true, number: true, building: { select: { name: true } } } },
        household: { select: { id: true, name: true } },
        readings: { orderBy: { readAt: 'desc' }, select: { readAt: true, alert: true, alertTaskId: true, waterUsed: true, electricityUsed: true } },
        patrols: { select: { kind: true, doneAt: true, cancelledAt: true, problem: true, repairOrderId: true, openedAt: true } },
      },
    });
    const alertTasks = custodies.flatMap((c) => c.readings.map((r) => r.alertTaskId).filter((id): id is number => id !== null));
    const openTasks = new Set(
      (await this.prisma.task.findMany({ where: { id: { in: alertTasks }, status: 'OPEN' }, select: { id: true } })).map((t) => t.id),
    );
    const rows = custodies.map((c) => {
      const done = c.patrols.filter((p) => p.doneAt);
      const last = c.readings[0];
      return {
        custodyId: c.id,
        caseId: c.caseId,
        unitId: c.unit.id,
        unit: `${c.unit.building.name} ${c.unit.number}`,
        unitNumber: c.unit.number,
        owner: c.household.name,
        householdId: c.household.id,
        startedAt: c.startedAt,
        lastReadingAt: last?.readAt ?? null,
        waterUsed: last ? Number(last.waterUsed) : 0,
        electricityUsed: last ? Number(last.electricityUsed) : 0,
        alerts: c.readings.filter((r) => r.alert).length,
        openAlerts: c.readings.filter((r) => r.alertTaskId !== null && openTasks.has(r.alertTaskId)).length,
        patrolsDone: done.length,
        patrolsOpen: c.patrols.filter((p) => !p.doneAt && !p.cancelledAt).length,
        rainPatrols: done.filter((p) => p.kind !== 'WEEKLY').length,
        problemsFound: done.filter((p) => p.problem).length,
        repairOrders: c.patrols.filter((p) => p.repairOrderId !== null).length,
        lastPatrolAt: done.reduce<Date | null>((latest, p) => (!latest || p.doneAt! > latest ? p.doneAt : latest), null),
      };
    });
    const sum = (key: 'alerts' | 'openAlerts' | 'patrolsDone' | 'patrolsOpen' | 'problemsFound') => rows.reduce((n, r) => n + r[key], 0);
    return {
      inCustody: rows.length,
      alerts: sum('alerts'),
      openAlerts: sum('openAlerts'),
      patrolsDone: sum('patrolsDone'),
      patrolsOpen: sum('patrolsOpen'),
      problemsFound: sum('problemsFound'),
      units: rows,
    };
  }
}
