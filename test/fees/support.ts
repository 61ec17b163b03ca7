import { DEFAULT_CALENDAR } from '../../workflows/core/calendar';
import type { PrismaClient } from '../../prisma/client';
import { eventually, http, unique } from '../harness';

type Client = ReturnType<typeof http>;

/** Every hour of every day is business time, so reminders go out whenever the suite runs. */
export const ALWAYS_OPEN = { utcOffsetMinutes: 480, workdays: [0, 1, 2, 3, 4, 5, 6], workStart: '00:00', workEnd: '24:00' };
export const DEFAULT_HOURS = {
  utcOffsetMinutes: DEFAULT_CALENDAR.utcOffsetMinutes,
  workdays: DEFAULT_CALENDAR.workdays,
  workStart: DEFAULT_CALENDAR.workStart,
  workEnd: DEFAULT_CALENDAR.workEnd,
};

export async function useCalendar(supervisor: Client, data: object) {
  const res = await supervisor.post('/policies', { key: 'calendar', data, note: 'test' });
  if (res.status !== 201) throw new Error(`calendar policy refused: ${JSON.stringify(res.body)}`);
}

/** A building of its own for a test file, and units with their owner households in it. */
export async function fixtureBuilding(prisma: PrismaClient, name: string) {
  const estate = await prisma.estate.create({ data: { name: unique('estate'), address: '收费路 1 号' } });
  const building = await prisma.building.create({ data: { estateId: estate.id, code: unique('F'), name, floors: 10 } });
  let n = 0;
  return {
    building,
    async household(options: { area?: number; status?: 'OCCUPIED' | 'VACANT' | 'CUSTODY'; language?: 'zh' | 'en'; name?: string; tenant?: boolean } = {}) {
      n++;
      const unit = await prisma.unit.create({
        data: { buildingId: building.id, number: `${String(n).padStart(2, '0')}-${unique('u').slice(2, 6)}`, floor: 1 + (n % 9), areaSqm: options.area ?? 100, status: options.status ?? 'OCCUPIED' },
      });
      const household = await prisma.household.create({
        data: { unitId: unit.id, occupancy: 'OWNER', name: options.name ?? `业主${n}`, phone: `1380000${String(1000 + n).slice(-4)}`, language: options.language ?? 'zh' },
      });
      if (options.tenant) {
        await prisma.household.create({ data: { unitId: unit.id, occupancy: 'TENANT', name: `租户${n}`, phone: `1390000${String(1000 + n).slice(-4)}` } });
      }
      return { ...household, unit };
    },
  };
}

/** An unpaid bill of an earlier period, already past its due date. */
export async function overdueBill(prisma: PrismaClient, household: { id: number; unitId: number }, period: string, amount: number) {
  const dueDate = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 28));
  return prisma.bill.create({
    data: {
      number: `T${period.replace('-', '')}-${household.unitId}-${unique('b').slice(2)}`,
      householdId: household.id,
      unitId: household.unitId,
      period,
      dueDate,
      amount,
      lines: { create: [{ code: 'PROPERTY', nameZh: '物业管理费', nameEn: 'Property management fee', basis: 'AREA', quantity: 100, rate: amount / 100, amount }] },
    },
  });
}

export const waitRun = (prisma: PrismaClient, id: number) =>
  eventually(async () => {
    const run = await prisma.billingRun.findUnique({ where: { id } });
    return run && run.status !== 'RUNNING' ? run : undefined;
  }, 60_000, `billing run ${id}`);
