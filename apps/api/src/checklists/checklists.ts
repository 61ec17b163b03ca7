import type { Prisma, PrismaClient } from '../../../../prisma/client';
import { loadPolicy } from '../../../../workflows/core/activities/policy-data';
import { APPLICANT_KINDS, DEFAULT_CHECKLISTS_POLICY, type ApplicantKind, type ChecklistItemSpec, type ChecklistsPolicy } from './policy';

/**
 * The document checklist (core): what an applicant brings depends on who applies, from the `checklists`
 * policy; staff check each item with its scan filed on the household's file. Used by item release passes,
 * move-in (MOV-1) and decoration (DEC-1) through these functions and `ChecklistsService.checkItem`.
 */

export class ChecklistRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

type Db = PrismaClient | Prisma.TransactionClient;

export async function checklistsPolicy(prisma: PrismaClient) {
  return loadPolicy<ChecklistsPolicy>(prisma, 'checklists', DEFAULT_CHECKLISTS_POLICY);
}

/** The documents a kind of applicant brings for a purpose; refused when that applicant may not apply. */
export function requiredItems(policy: ChecklistsPolicy, purpose: string, applicantKind: string, field = 'applicantKind'): ChecklistItemSpec[] {
  const lists = policy[purpose];
  if (!lists) throw new ChecklistRefused('purpose', `unknown checklist purpose ${purpose}`);
  if (!(APPLICANT_KINDS as readonly string[]).includes(applicantKind)) throw new ChecklistRefused(field, `must be one of ${APPLICANT_KINDS.join(', ')}`);
  const items = lists[applicantKind as ApplicantKind];
  if (!items) {
    const allowed = APPLICANT_KINDS.filter((k) => lists[k]);
    throw new ChecklistRefused(field, `this application may be made by ${allowed.join(', ')} only`);
  }
  return items;
}

/** Opens a checklist for an application; `prisma` may be the transaction that stores the application. */
export async function openChecklist(db: Db, policy: { version: number; data: ChecklistsPolicy }, spec: { purpose: string; applicantKind: string; householdId: number; createdById?: number | null }) {
  const items = requiredItems(policy.data, spec.purpose, spec.applicantKind);
  return db.checklist.create({
    data: {
      purpose: spec.purpose,
      applicantKind: spec.applicantKind,
      householdId: spec.householdId,
      policyVersion: policy.version,
      createdById: spec.createdById ?? null,
      // A purpose whose list for this applicant is empty has nothing to check.
      completedAt: items.some((i) => i.required !== false) ? null : new Date(),
      items: { create: items.map((i, position) => ({ code: i.code, labelZh: i.label.zh, labelEn: i.label.en, documentKind: i.documentKind, required: i.required !== false, position })) },
    },
    include: { items: { orderBy: { position: 'asc' } } },
  });
}

/** The required items not checked yet (none: the checklist is complete). */
export async function missingItems(db: Db, checklistId: number) {
  return db.checklistItem.findMany({ where: { checklistId, required: true, checkedAt: null }, orderBy: { position: 'asc' } });
}

/** Refuses unless every required item is checked, naming what is missing (in both languages). */
export async function assertComplete(db: Db, checklistId: number, field = 'checklist') {
  const missing = await missingItems(db, checklistId);
  if (missing.length) throw new ChecklistRefused(field, `the documents are not all checked: ${missing.map((m) => `${m.labelZh} ${m.labelEn}`).join('; ')}`);
}
