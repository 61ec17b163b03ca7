import type { PrismaClient } from '../../../prisma/client';
import { DEFAULT_CALENDAR, type BusinessCalendar } from '../calendar';

/** The business calendar in force: the latest `calendar` policy plus the calendar days on record. */
export async function loadCalendar(prisma: PrismaClient): Promise<BusinessCalendar> {
  const [policy, days] = await Promise.all([
    prisma.policy.findFirst({ where: { key: 'calendar' }, orderBy: { version: 'desc' } }),
    prisma.calendarDay.findMany(),
  ]);
  const base = { ...DEFAULT_CALENDAR, ...((policy?.data as Partial<BusinessCalendar> | undefined) ?? {}) };
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    ...base,
    holidays: days.filter((d) => !d.workday).map((d) => iso(d.date)),
    extraWorkdays: days.filter((d) => d.workday).map((d) => iso(d.date)),
  };
}

/** The version of a policy in force now: the latest saved one, or the process's defaults (version 0). */
export async function loadPolicy<T>(prisma: PrismaClient, key: string, defaults: T): Promise<{ version: number; data: T }> {
  const saved = await prisma.policy.findFirst({ where: { key }, orderBy: { version: 'desc' } });
  return saved ? { version: saved.version, data: { ...defaults, ...(saved.data as object) } as T } : { version: 0, data: defaults };
}

/** A given version of a policy (the one a running case keeps), over the process's defaults (version 0: the defaults). */
export async function loadPolicyVersion<T>(prisma: PrismaClient, key: string, version: number, defaults: T): Promise<T> {
  const saved = version > 0 ? await prisma.policy.findFirst({ where: { key, version } }) : null;
  return saved ? ({ ...defaults, ...(saved.data as object) } as T) : defaults;
}
