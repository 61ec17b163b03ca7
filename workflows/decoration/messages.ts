import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../core/types';

/** DEC-2: the housing authority's approval document, filed on the household's file. */
export const fileAuthorityApproval = defineUpdate<void, [{ documentId: number; actor: Actor }]>('fileAuthorityApproval');
/** DEC-5: a violation stops the works (notes, photos as case attachments). */
export const reportViolation = defineUpdate<void, [{ notes: string; attachmentIds: number[]; actor: Actor }]>('reportViolation');
/** DEC-5: a supervisor lifts the stop once the procedures are put right, with a reason. */
export const liftStop = defineUpdate<void, [{ reason: string; actor: Actor }]>('liftStop');
/** DEC-5: the works are finished; the acceptance inspection follows. */
export const finishWorks = defineUpdate<void, [{ actor: Actor }]>('finishWorks');

export type DecorationPhase = 'REVIEW' | 'COLLECT' | 'ACTIVE' | 'STOPPED' | 'ACCEPTANCE' | 'DONE';
export interface DecorationState {
  phase: DecorationPhase;
  waitingForAuthority: boolean;
  violations: number;
}
export const decorationState = defineQuery<DecorationState>('decorationState');
