import type { PrismaClient } from '../../../../prisma/client';
import { maskIdentity } from '../permissions/confidential';

/** What the guard needs to read about an item release pass: whose unit, what leaves, in which vehicle. */
export interface ReleaseDetails {
  unit: string;
  applicantName: string;
  items: { name: string; quantity: number }[];
}

/** What the guard needs to compare with the worker in front of them, and the works they go to (DEC-3). */
export interface WorkerDetails {
  name: string;
  /** Masked (ARC-3): enough to compare with the card shown, never the full number. */
  idNumber: string;
  trade: string | null;
  unit: string;
  permitNumber: string | null;
  permitFrom: Date | null;
  permitTo: Date | null;
}

const unitName = (unit: { number: string; building: { name: string } }) => `${unit.building.name} ${unit.number}`;
const unitSelect = { select: { number: true, building: { select: { name: true } } } } as const;

/**
 * The details of the pass's kind for the gate check's answer: the release pass's items for a RELEASE pass,
 * the worker and their decoration's unit and permit for a DECORATION_WORKER pass; null for other kinds.
 */
export async function passDetails(prisma: PrismaClient, passId: number): Promise<{ release: ReleaseDetails | null; worker: WorkerDetails | null }> {
  const pass = await prisma.gatePass.findUniqueOrThrow({
    where: { id: passId },
    select: {
      releasePass: { select: { applicantName: true, items: true, household: { select: { unit: unitSelect } } } },
      decorationWorker: {
        select: { name: true, idNumber: true, trade: true, decoration: { select: { permitNumber: true, permitFrom: true, permitTo: true, household: { select: { unit: unitSelect } } } } },
      },
    },
  });
  const r = pass.releasePass;
  const w = pass.decorationWorker;
  return {
    release: r && { unit: unitName(r.household.unit), applicantName: r.applicantName, items: Array.isArray(r.items) ? (r.items as unknown as ReleaseDetails['items']) : [] },
    worker: w && {
      name: w.name,
      idNumber: maskIdentity(w.idNumber) ?? '',
      trade: w.trade,
      unit: unitName(w.decoration.household.unit),
      permitNumber: w.decoration.permitNumber,
      permitFrom: w.decoration.permitFrom,
      permitTo: w.decoration.permitTo,
    },
  };
}
