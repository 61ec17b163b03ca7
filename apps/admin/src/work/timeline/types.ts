import type { RaRecord } from 'react-admin';

/** One entry of a case's append-only history (`GET /timeline`). */
export interface TimelineEntry extends RaRecord {
  caseId: number;
  at: string;
  type: string;
  actor: { id: number; displayName: string } | null;
  taskId: number | null;
  messageId: number | null;
  data: Record<string, unknown> | null;
  case?: { id: number; titleZh: string; titleEn: string; process: string } | null;
}

/** Who a task waits for, as the timeline records it. */
export interface CandidateData {
  role?: string | null;
  department?: string | null;
  assigneeId?: number | null;
}
