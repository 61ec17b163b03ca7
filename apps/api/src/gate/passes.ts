import { randomBytes } from 'node:crypto';
import type { GateCheckResult, PrismaClient } from '../../../../prisma/client';
import { loadPolicy } from '../../../../workflows/core/activities/policy-data';
import { DEFAULT_GATE_POLICY, type GatePolicy } from './policy';

/**
 * The pass checked at the gate, shared by every process that lets something or someone through (REC-3
 * item release, DEC-3 decoration workers). Processes issue, revoke and stop passes through these functions
 * only; they take a Prisma client so that the API and the worker's activities call the same code.
 */

export interface IssuePass {
  /** A kind of the `gate` policy (RELEASE, DECORATION_WORKER...). */
  kind: string;
  holderName: string;
  holderPhone?: string | null;
  householdId?: number | null;
  /** What the guard reads at the gate (the items, the works and the worker). */
  summary: string;
  vehicle?: string | null;
  validFrom: Date;
  validTo: Date;
  issuedById?: number | null;
}

export class PassRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Letters and digits a guard cannot confuse when typing a code (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A code nobody can guess from another pass's: 10 random characters (about 49 bits). */
export function newPassCode(): string {
  return [...randomBytes(10)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

export async function gatePolicy(prisma: PrismaClient): Promise<GatePolicy> {
  return (await loadPolicy(prisma, 'gate', DEFAULT_GATE_POLICY)).data;
}

/** A new pass: numbered `<prefix><year>-<serial>` in the order of issue per kind and year, with its code. */
export async function issuePass(prisma: PrismaClient, spec: IssuePass) {
  const kind = (await gatePolicy(prisma)).kinds[spec.kind];
  if (!kind) throw new PassRefused('kind', `unknown pass kind ${spec.kind}`);
  if (!(spec.validTo > spec.validFrom)) throw new PassRefused('validTo', 'must be after validFrom');
  if (spec.validTo.getTime() - spec.validFrom.getTime() > kind.maxValidHours * 3_600_000) {
    throw new PassRefused('validTo', `a pass of this kind is valid for at most ${kind.maxValidHours} hours`);
  }
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  return prisma.$transaction(async (tx) => {
    const [{ value }] = await tx.$queryRaw<{ value: number }[]>`
      INSERT INTO "Counter" (name, value) VALUES (${`gate-${spec.kind}-${year}`}, 1)
      ON CONFLICT (name) DO UPDATE SET value = "Counter".value + 1 RETURNING value`;
    return tx.gatePass.create({
      data: {
        kind: spec.kind,
        number: `${kind.numberPrefix}${year}-${String(value).padStart(6, '0')}`,
        code: newPassCode(),
        singleUse: kind.singleUse,
        holderName: spec.holderName,
        holderPhone: spec.holderPhone ?? null,
        householdId: spec.householdId ?? null,
        summary: spec.summary,
        vehicle: spec.vehicle ?? null,
        validFrom: spec.validFrom,
        validTo: spec.validTo,
        issuedById: spec.issuedById ?? null,
      },
    });
  });
}

/** Revokes an unused pass (kept, with who and why); a used or revoked one cannot be. */
export async function revokePass(prisma: PrismaClient, passId: number, reason: string, staffId: number | null) {
  const { count } = await prisma.gatePass.updateMany({ where: { id: passId, status: 'ACTIVE' }, data: { status: 'REVOKED', revokedAt: new Date(), revokedById: staffId, revokeReason: reason } });
  if (!count) throw new PassRefused('status', 'only an unused pass can be revoked');
}

/** DEC-5: works stopped; the passes are refused at the gate (STOPPED) until the stop is lifted. */
export async function stopPasses(prisma: PrismaClient, passIds: number[], reason: string, staffId: number | null) {
  await prisma.gatePass.updateMany({ where: { id: { in: passIds } }, data: { stoppedAt: new Date(), stoppedById: staffId, stopReason: reason } });
}

export async function liftStop(prisma: PrismaClient, passIds: number[], reason: string, staffId: number | null) {
  await prisma.gatePass.updateMany({ where: { id: { in: passIds }, stoppedAt: { not: null } }, data: { liftedAt: new Date(), liftedById: staffId, liftReason: reason } });
}

const isStopped = (p: { stoppedAt: Date | null; liftedAt: Date | null }) => p.stoppedAt !== null && (p.liftedAt === null || p.liftedAt < p.stoppedAt);

/** What is typed or scanned, as passes are stored: capitals, no spaces. */
export const normaliseQuery = (query: string) => query.trim().toUpperCase().replace(/\s+/g, '');

/**
 * Checks a pass at the gate by its number or code, answers, and logs the check (who, when, where, what).
 * A valid single-use pass is marked used by the same check: of two guards checking it at once, one is let
 * through and the other is told it is used.
 */
export async function checkPass(prisma: PrismaClient, query: string, checkedById: number, gate?: string | null) {
  const q = normaliseQuery(query);
  const now = new Date();
  const pass = q ? await prisma.gatePass.findFirst({ where: { OR: [{ number: q }, { code: q }] } }) : null;
  let result: GateCheckResult;
  let markedUsed = false;
  if (!pass) result = 'UNKNOWN';
  else if (pass.status === 'REVOKED') result = 'REVOKED';
  else if (isStopped(pass)) result = 'STOPPED';
  else if (pass.status === 'USED') result = 'USED';
  else if (now < pass.validFrom) result = 'NOT_YET_VALID';
  else if (now > pass.validTo) result = 'EXPIRED';
  else if (!pass.singleUse) result = 'VALID';
  else {
    const { count } = await prisma.gatePass.updateMany({ where: { id: pass.id, status: 'ACTIVE' }, data: { status: 'USED', usedAt: now } });
    markedUsed = count === 1;
    result = markedUsed ? 'VALID' : ((await prisma.gatePass.findUniqueOrThrow({ where: { id: pass.id } })).status as 'USED' | 'REVOKED');
  }
  const check = await prisma.gateCheck.create({ data: { passId: pass?.id ?? null, query: q.slice(0, 100) || '-', result, markedUsed, gate: gate ?? null, checkedById, checkedAt: now } });
  const fresh = pass ? await prisma.gatePass.findUniqueOrThrow({ where: { id: pass.id } }) : null;
  return {
    checkId: check.id,
    checkedAt: check.checkedAt,
    result,
    markedUsed,
    pass: fresh && {
      id: fresh.id,
      kind: fresh.kind,
      number: fresh.number,
      holderName: fresh.holderName,
      summary: fresh.summary,
      vehicle: fresh.vehicle,
      validFrom: fresh.validFrom,
      validTo: fresh.validTo,
      usedAt: fresh.usedAt,
      revokeReason: fresh.revokeReason,
      stopReason: isStopped(fresh) ? fresh.stopReason : null,
    },
  };
}

/** Ends passes now (works completed): the gate answers "expired" from then on; a pass already over keeps its end. */
export async function expirePasses(prisma: PrismaClient, passIds: number[], at = new Date()) {
  await prisma.gatePass.updateMany({ where: { id: { in: passIds }, validTo: { gt: at } }, data: { validTo: at } });
  // A pass whose window had not begun is over before it began.
  await prisma.gatePass.updateMany({ where: { id: { in: passIds }, validFrom: { gt: at } }, data: { validFrom: at } });
}
