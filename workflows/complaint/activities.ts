import type { PrismaClient } from '../../prisma/client';
import { complaintTitle, type Tier } from './policy';

export interface ComplaintActivityDeps {
  prisma: PrismaClient;
}

export interface ComplaintPatch {
  tier?: Tier;
  status?: 'OPEN' | 'INVALID';
  invalidReason?: string;
  informMethod?: string;
  informed?: boolean;
  satisfaction?: 'SATISFIED' | 'DISSATISFIED';
  reopened?: boolean;
}

/** The complaint record follows its process. Each write sets values, so a retry changes nothing. */
export const createComplaintActivities = ({ prisma }: ComplaintActivityDeps) => ({
  async updateComplaint(complaintId: number, patch: ComplaintPatch, round: number): Promise<void> {
    if (patch.tier) {
      // The case is listed and headed by a title that names the tier. It is written before the
      // complaint, so whoever sees the new tier sees the new title.
      const complaint = await prisma.complaint.findUniqueOrThrow({ where: { id: complaintId }, select: { caseId: true, subject: true } });
      const title = complaintTitle(patch.tier, complaint.subject);
      await prisma.case.update({ where: { id: complaint.caseId }, data: { titleZh: title.zh, titleEn: title.en } });
    }
    const now = new Date();
    await prisma.complaint.update({
      where: { id: complaintId },
      data: {
        ...(patch.tier ? { tier: patch.tier } : {}),
        ...(patch.status ? { status: patch.status } : {}),
        ...(patch.invalidReason ? { invalidReason: patch.invalidReason } : {}),
        ...(patch.informed ? { informedAt: now, informMethod: patch.informMethod ?? null } : {}),
        ...(patch.satisfaction ? { satisfaction: patch.satisfaction, returnVisitAt: now } : {}),
        ...(patch.reopened ? { status: 'OPEN', reopenCount: round, resolvedAt: null, resolvedOnTime: null } : {}),
      },
    });
  },

  /** Resolved: on time when no handling task of this round missed a deadline. */
  async resolveComplaint(complaintId: number, caseId: number, handleKey: string): Promise<boolean> {
    const handle = await prisma.task.findUniqueOrThrow({ where: { caseId_key: { caseId, key: handleKey } } });
    const onTime = handle.escalationLevel === 0;
    await prisma.complaint.update({ where: { id: complaintId }, data: { status: 'RESOLVED', resolvedAt: new Date(), resolvedOnTime: onTime } });
    return onTime;
  },
});

export type ComplaintActivities = ReturnType<typeof createComplaintActivities>;
