import type { RaRecord } from 'react-admin';
import { enumLabel } from '../common/enums';

export type ComplaintTier = 'MAJOR' | 'IMPORTANT' | 'MINOR';
export type ComplaintStatus = 'OPEN' | 'RESOLVED' | 'INVALID';

/** The departments a complaint can be handed to (the management office is not one of them). */
export const COMPLAINT_DEPARTMENTS = ['CS', 'ENGINEERING', 'SECURITY', 'CLEANING', 'GREENING', 'FINANCE'] as const;

export const complaintDepartmentChoices = () =>
  COMPLAINT_DEPARTMENTS.map((value) => ({ id: value, name: enumLabel('department', value) }));

/** A complaint as `GET /complaints` answers it: the register's record and a summary of its case. */
export interface Complaint extends RaRecord {
  caseId: number;
  householdId: number | null;
  complainantName: string;
  phone: string;
  channel: string;
  occurredAt: string;
  place: string;
  subject: string;
  department: string;
  description: string;
  request: string;
  tier: ComplaintTier;
  damageOngoing: boolean;
  requestedBy: string | null;
  confirmedAt: string;
  receivedById: number;
  status: ComplaintStatus;
  resolvedAt: string | null;
  resolvedOnTime: boolean | null;
  invalidReason: string | null;
  informedAt: string | null;
  informMethod: string | null;
  returnVisitAt: string | null;
  satisfaction: string | null;
  reopenCount: number;
  createdAt: string;
  case: {
    id: number;
    status: string;
    escalationLevel: number;
    priority: string;
    /** The case's open tasks. */
    tasks: { id: number; key: string; dueAt: string | null; escalationLevel: number }[];
  } | null;
}

/**
 * Late: still open, and its case escalated or one of its open tasks past its due time
 * (the same rule as the API's `overdue` filter).
 */
export const isComplaintOverdue = (record: Pick<Complaint, 'status' | 'case'> | undefined, now = Date.now()): boolean => {
  if (!record || record.status !== 'OPEN' || !record.case) return false;
  if (Number(record.case.escalationLevel ?? 0) > 0) return true;
  return (record.case.tasks ?? []).some((task) => task.dueAt != null && new Date(task.dueAt).getTime() < now);
};

/** An overdue complaint stands out like an overdue task: a red tint and a red left edge. */
export const overdueComplaintSx = (record: RaRecord) =>
  isComplaintOverdue(record as Complaint) ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' } : {};
