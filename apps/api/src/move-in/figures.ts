import { Injectable } from '@nestjs/common';
import { DEFAULT_REPAIR_POLICY, type RepairPolicy } from '../../../../workflows/repair/policy';
import { loadPolicy } from '../../../../workflows/core/activities/policy-data';
import { badRequest } from '../common/errors';
import { PrismaService } from '../database/prisma.service';
import { MOVE_IN_STAGES } from './move-in.service';

const DAY = 86_400_000;

/** The move-in board per building and the defects found at move-in (by category, time to sign-off), and the key register. */
@Injectable()
export class MoveInFiguresService {
  constructor(private readonly prisma: PrismaService) {}

  /** Per building: how many move-ins are booked, in progress, waiting for defects, done. */
  async board(estateId?: number) {
    const rows = await this.prisma.moveIn.findMany({
      where: estateId ? { household: { unit: { building: { estateId } } } } : {},
      select: { stage: true, household: { select: { unit: { select: { building: { select: { id: true, name: true } } } } } } },
    });
    const buildings = new Map<number, { buildingId: number; building: string } & Record<(typeof MOVE_IN_STAGES)[number], number>>();
    for (const r of rows) {
      const b = r.household.unit.building;
      if (!buildings.has(b.id)) buildings.set(b.id, { buildingId: b.id, building: b.name, BOOKED: 0, IN_PROGRESS: 0, WAITING_FOR_DEFECTS: 0, DONE: 0 });
      buildings.get(b.id)![r.stage] += 1;
    }
    return [...buildings.values()].sort((a, b) => a.building.localeCompare(b.building, 'zh'));
  }

  /** Defects found at move-in by repair category: how many, how many signed off, and the average days to sign-off. */
  async defects(buildingId?: number) {
    if (buildingId !== undefined && !Number.isInteger(buildingId)) throw badRequest('buildingId', 'must be a whole number');
    const items = await this.prisma.inspectionItem.findMany({
      where: { condition: 'DEFECT', inspection: { moveIn: { isNot: null }, ...(buildingId ? { household: { unit: { buildingId } } } : {}) } },
      select: { category: true, signedOffAt: true, inspection: { select: { confirmedAt: true } } },
    });
    const { data: repair } = await loadPolicy<RepairPolicy>(this.prisma, 'repair', DEFAULT_REPAIR_POLICY);
    const byCategory = new Map<string, { found: number; signedOff: number; days: number[] }>();
    for (const i of items) {
      const entry = byCategory.get(i.category) ?? { found: 0, signedOff: 0, days: [] };
      entry.found += 1;
      if (i.signedOffAt) {
        entry.signedOff += 1;
        if (i.inspection.confirmedAt) entry.days.push((i.signedOffAt.getTime() - i.inspection.confirmedAt.getTime()) / DAY);
      }
      byCategory.set(i.category, entry);
    }
    return [...byCategory.entries()].map(([category, e]) => {
      const name = repair.categories.find((c) => c.code === category)?.name ?? { zh: category, en: category };
      return { category, nameZh: name.zh, nameEn: name.en, found: e.found, signedOff: e.signedOff, open: e.found - e.signedOff, averageDaysToSignOff: e.days.length ? Math.round((10 * e.days.reduce((a, b) => a + b, 0)) / e.days.length) / 10 : null };
    });
  }

  /** MOV-3: the key register: every key handed over, by unit, kind and count, with who received it. */
  async keys(householdId?: number) {
    const rows = await this.prisma.moveInIssue.findMany({
      where: { kind: 'KEY', ...(householdId ? { moveIn: { householdId } } : {}) },
      orderBy: { issuedAt: 'desc' },
      take: 1000,
      select: { id: true, code: true, labelZh: true, labelEn: true, count: true, receivedBy: true, issuedAt: true, moveIn: { select: { id: true, household: { select: { id: true, name: true, unit: { select: { number: true, building: { select: { name: true } } } } } } } } },
    });
    return rows;
  }
}
