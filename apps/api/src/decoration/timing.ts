import type { PrismaClient } from '../../../../prisma/client';
import { loadPolicyVersion } from '../../../../workflows/core/activities/policy-data';
import { approvalTiming, DEFAULT_DECORATION_POLICY, type ApprovalTiming, type DecorationPolicy } from '../../../../workflows/decoration/policy';

/** What the timing of an approval is judged on: the decoration's times and its case's policy and plan review. */
export const timingSelect = {
  createdAt: true,
  approvedAt: true,
  applicantWaitMs: true,
  case: { select: { policyVersion: true, tasks: { where: { key: 'plan-review' }, select: { escalationLevel: true } } } },
} as const;

interface Timed {
  createdAt: Date;
  approvedAt: Date | null;
  applicantWaitMs: number;
  case: { policyVersion: number; tasks: { escalationLevel: number }[] } | null;
}

/**
 * DEC-6: the department's own time to the approval (the applicant's waiting taken out) and how it counts, on the
 * policy version the case was filed with; a plan review that missed its deadline is late whatever the hours.
 */
export async function timingsOf(prisma: PrismaClient, rows: Timed[]): Promise<{ departmentMs: number; timing: ApprovalTiming }[]> {
  const policies = new Map<number, DecorationPolicy>();
  const out: { departmentMs: number; timing: ApprovalTiming }[] = [];
  for (const row of rows) {
    const version = row.case?.policyVersion ?? 0;
    if (!policies.has(version)) policies.set(version, await loadPolicyVersion(prisma, 'decoration', version, DEFAULT_DECORATION_POLICY));
    const departmentMs = Math.max(0, (row.approvedAt?.getTime() ?? Date.now()) - row.createdAt.getTime() - row.applicantWaitMs);
    const missed = (row.case?.tasks ?? []).some((t) => t.escalationLevel > 0);
    out.push({ departmentMs, timing: approvalTiming(departmentMs, policies.get(version)!, missed) });
  }
  return out;
}
