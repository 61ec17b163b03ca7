import type { Prisma, PrismaClient } from '../../../prisma/client';
import { isWorkingDay, localDay, resolveDue, type BusinessCalendar, type Due } from '../calendar';
import type { Bilingual, Candidate, Escalation } from '../types';

type Db = Prisma.TransactionClient | PrismaClient;
type Json = Prisma.InputJsonValue;
const DAY = 86_400_000;

/** A deadline as the activities write it: named, with the rule it was counted by. */
export interface NamedDeadline {
  key: string;
  label?: Bilingual;
  due: Due;
  escalate: Escalation;
}

/** What staff read when they ask "why is this due then?". */
export interface Basis {
  rule: 'calendar' | 'business' | 'end-of-business-day' | 'end-of-day' | 'fixed';
  duration?: string;
  from: string;
  policy: { key: string; version: number } | null;
  calendar: Pick<BusinessCalendar, 'workStart' | 'workEnd' | 'workdays' | 'utcOffsetMinutes'>;
  /** Days between `from` and the deadline that did not count: weekends and public holidays. */
  daysOff: { date: string; holiday: boolean; nameZh?: string; nameEn?: string }[];
}

const ruleOf = (due: Due): Basis['rule'] =>
  'endOfBusinessDay' in due ? 'end-of-business-day' : 'endOfDay' in due ? 'end-of-day' : 'at' in due ? 'fixed' : due.business ? 'business' : 'calendar';

export const defaultLabel = (key: string): Bilingual => {
  const n = /^deadline-(\d+)$/.exec(key)?.[1];
  return n ? { zh: `期限 ${n}`, en: `Deadline ${n}` } : { zh: key, en: key };
};

/** How a deadline was counted: its rule, from when, under which policy, and the days off it skipped. */
async function basisOf(db: Db, from: number, due: Due, dueAt: number, calendar: BusinessCalendar, policy: Basis['policy']): Promise<Basis> {
  const rule = ruleOf(due);
  const daysOff: Basis['daysOff'] = [];
  if (rule === 'business' || rule === 'end-of-business-day') {
    const first = Date.parse(`${localDay(from, calendar)}T00:00:00Z`);
    const last = Date.parse(`${localDay(dueAt, calendar)}T00:00:00Z`);
    const named = await db.calendarDay.findMany({ where: { date: { gte: new Date(first), lte: new Date(last) } } });
    const offset = calendar.utcOffsetMinutes * 60_000;
    for (let day = first; day <= last && daysOff.length < 60; day += DAY) {
      if (isWorkingDay(day - offset, calendar)) continue;
      const date = new Date(day).toISOString().slice(0, 10);
      const holiday = named.find((d) => d.date.toISOString().slice(0, 10) === date);
      daysOff.push({ date, holiday: Boolean(holiday), ...(holiday ? { nameZh: holiday.nameZh, nameEn: holiday.nameEn } : {}) });
    }
  }
  const { workStart, workEnd, workdays, utcOffsetMinutes } = calendar;
  return {
    rule,
    ...('after' in due ? { duration: due.after } : {}),
    from: new Date(from).toISOString(),
    policy,
    calendar: { workStart, workEnd, workdays, utcOffsetMinutes },
    daysOff,
  };
}

const onMissOf = (escalate: Escalation) => ({
  bringIn: (escalate.bringIn ?? escalate.reassignTo ?? null) as Candidate | 'next-in-chain' | null,
  notify: Boolean(escalate.notify),
  followUp: escalate.followUp ?? null,
});

/** The policy a case keeps (named in the basis of its deadlines). */
export async function casePolicy(db: Db, caseId: number): Promise<Basis['policy']> {
  const kase = await db.case.findUnique({ where: { id: caseId }, select: { policyKey: true, policyVersion: true } });
  return kase ? { key: kase.policyKey, version: kase.policyVersion } : null;
}

/**
 * Counts a task's deadlines from `from` and files them (once: a retried activity finds them). A deadline
 * filed again with the same name (a reclassified case re-timing its handling) takes its new time.
 * Returns the instants and what the timeline says of each.
 */
export async function fileDeadlines(
  db: Db,
  input: { taskId: number; caseId: number; from: number; deadlines: NamedDeadline[]; calendar: BusinessCalendar; replace?: boolean },
): Promise<{ instants: number[]; described: { key: string; label: Bilingual; dueAt: string; basis: Basis }[] }> {
  const policy = await casePolicy(db, input.caseId);
  const described = [];
  const instants: number[] = [];
  for (const d of input.deadlines) {
    const at = resolveDue(input.from, d.due, input.calendar);
    // A deadline counted from a moment of its own (a leak test) says so in its basis.
    const from = 'from' in d.due && d.due.from ? Date.parse(d.due.from) : input.from;
    const basis = await basisOf(db, from, d.due, at, input.calendar, policy);
    const label = d.label ?? defaultLabel(d.key);
    const row = { labelZh: label.zh, labelEn: label.en, dueAt: new Date(at), originalDueAt: new Date(at), basis: basis as unknown as Json, onMiss: onMissOf(d.escalate) as unknown as Json };
    if (input.replace) {
      await db.taskDeadline.upsert({
        where: { taskId_key: { taskId: input.taskId, key: d.key } },
        create: { taskId: input.taskId, caseId: input.caseId, key: d.key, ...row },
        update: { ...row, status: 'PENDING', missedAt: null, movedAt: null, movedById: null, moveReason: null },
      });
    } else {
      await db.taskDeadline.createMany({ data: [{ taskId: input.taskId, caseId: input.caseId, key: d.key, ...row }], skipDuplicates: true });
    }
    instants.push(at);
    described.push({ key: d.key, label, dueAt: new Date(at).toISOString(), basis });
  }
  if (input.replace) {
    const kept = input.deadlines.map((d) => d.key);
    await db.taskDeadline.updateMany({ where: { taskId: input.taskId, status: 'PENDING', key: { notIn: kept } }, data: { status: 'CANCELLED' } });
  }
  return { instants, described };
}

/** A task's due time is its earliest pending deadline (none: no due time). */
export async function refreshDueAt(db: Db, taskId: number): Promise<Date | null> {
  const next = await db.taskDeadline.findFirst({ where: { taskId, status: 'PENDING' }, orderBy: { dueAt: 'asc' } });
  const dueAt = next?.dueAt ?? null;
  await db.task.update({ where: { id: taskId }, data: { dueAt } });
  return dueAt;
}

/** The task's pending deadlines end with it: met when it is completed, cancelled when it is withdrawn. */
export const closeDeadlines = (db: Db, where: Prisma.TaskDeadlineWhereInput, status: 'MET' | 'CANCELLED') =>
  db.taskDeadline.updateMany({ where: { ...where, status: 'PENDING' }, data: { status } });
