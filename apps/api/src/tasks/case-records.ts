import type { PrismaClient } from '../../../../prisma/client';
import type { Resource } from '../permissions/table';

/** Who the job is for and how to reach them, as the process recorded it. */
export interface CaseContact {
  name: string;
  phone: string | null;
}

/**
 * The record a case's process keeps (the complaint, the repair order, the move-in...), as the task page shows
 * it: the fields that say what the job is, the person to reach, and the permission that reads the record.
 * `route` is the record's own resource in the API (and the back office), `id` its number there.
 */
export interface CaseRecord {
  kind: string;
  route: string;
  id: number;
  readWith: Resource;
  fields: Record<string, unknown>;
  contact: CaseContact | null;
}

type Db = Pick<PrismaClient, 'complaint' | 'repairOrder' | 'decoration' | 'moveIn' | 'custody' | 'dunningLadder' | 'contactForm' | 'specialistQuestion' | 'receptionEntry' | 'surveyCampaign'>;
type Reader = (db: Db, caseId: number) => Promise<CaseRecord | null>;

/** Decimals (money, meter readings) as numbers. */
const plain = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value !== null && typeof value === 'object' && !(value instanceof Date) && 'toNumber' in value ? (value as { toNumber(): number }).toNumber() : value]));

const record = (kind: string, route: string, readWith: Resource, row: ({ id: number } & Record<string, unknown>) | null, contact?: (row: Record<string, unknown>) => CaseContact | null): CaseRecord | null =>
  row ? { kind, route, readWith, id: row.id, fields: plain(row), contact: contact ? contact(row) : null } : null;

const applicant = (row: Record<string, unknown>): CaseContact => ({ name: String(row.applicantName), phone: (row.applicantPhone as string | null) ?? null });

/** One reader per process whose case has a record of its own; a process without one shows its case alone. */
const READERS: Record<string, Reader> = {
  complaint: async (db, caseId) =>
    record(
      'complaint',
      'complaints',
      'complaints',
      await db.complaint.findUnique({
        where: { caseId },
        select: { id: true, complainantName: true, phone: true, channel: true, occurredAt: true, place: true, subject: true, department: true, description: true, request: true, tier: true, damageOngoing: true, requestedBy: true, status: true },
      }),
      (row) => ({ name: String(row.complainantName), phone: String(row.phone) }),
    ),
  repair: async (db, caseId) =>
    record(
      'repair',
      'repairs',
      'repairs',
      await db.repairOrder.findUnique({
        where: { caseId },
        select: { id: true, serial: true, location: true, publicArea: true, reporterName: true, phone: true, category: true, description: true, emergency: true, appointmentFrom: true, appointmentTo: true, charge: true, status: true },
      }),
      (row) => ({ name: String(row.reporterName), phone: String(row.phone) }),
    ),
  decoration: async (db, caseId) =>
    record(
      'decoration',
      'decorations',
      'decorations',
      await db.decoration.findUnique({
        where: { caseId },
        select: { id: true, applicantName: true, applicantPhone: true, contractorName: true, contractorPhone: true, plan: true, structuralChange: true, loadIncrease: true, worksFrom: true, worksTo: true, permitNumber: true, status: true },
      }),
      applicant,
    ),
  'move-in': async (db, caseId) =>
    record(
      'move-in',
      'move-ins',
      'move-ins',
      await db.moveIn.findUnique({ where: { caseId }, select: { id: true, applicantKind: true, applicantName: true, applicantPhone: true, appointmentAt: true, stage: true } }),
      applicant,
    ),
  custody: async (db, caseId) =>
    record(
      'custody',
      'custody',
      'custody',
      await db.custody.findUnique({ where: { caseId }, select: { id: true, agreementNo: true, signedOn: true, status: true, startWater: true, startElectricity: true, notes: true } }),
    ),
  dunning: async (db, caseId) =>
    record(
      'dunning',
      'dunning-ladders',
      'dunning',
      await db.dunningLadder.findUnique({ where: { caseId }, select: { id: true, step: true, status: true, overdueAmount: true, oldestDueDate: true, reason: true, promisedDate: true, pausedUntil: true } }),
    ),
  'contact-form': async (db, caseId) =>
    record(
      'contact-form',
      'contact-forms',
      'contact-forms',
      await db.contactForm.findUnique({ where: { caseId }, select: { id: true, number: true, toDepartment: true, subject: true, content: true, replyBy: true, status: true } }),
    ),
  // REC-2: the question belongs to a reception log entry, which names the resident and their phone.
  'specialist-question': async (db, caseId) => {
    const question = await db.specialistQuestion.findUnique({ where: { caseId }, select: { entryId: true, question: true, department: true, promisedBy: true, status: true } });
    if (!question) return null;
    const entry = await db.receptionEntry.findUnique({ where: { id: question.entryId }, select: { id: true, residentName: true, phone: true, content: true, receivedAt: true } });
    if (!entry) return null;
    return { kind: 'specialist-question', route: 'reception-entries', readWith: 'reception', id: entry.id, fields: { ...entry, question: question.question, department: question.department, promisedBy: question.promisedBy }, contact: { name: entry.residentName, phone: entry.phone } };
  },
  survey: async (db, caseId) =>
    record('survey', 'survey-campaigns', 'surveys', await db.surveyCampaign.findUnique({ where: { caseId }, select: { id: true, name: true, method: true, status: true, closesAt: true } })),
};

/** The record of a case's process, or null when its process keeps none (a home collection, a daily review). */
export const readCaseRecord = (db: Db, process: string, caseId: number): Promise<CaseRecord | null> => READERS[process]?.(db, caseId) ?? Promise.resolve(null);
