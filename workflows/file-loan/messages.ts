import { defineQuery, defineUpdate } from '@temporalio/workflow';

export interface ReturnFileInput {
  receivedById: number;
}

export type FileLoanState = 'OUT' | 'OVERDUE' | 'RETURNED';

/** The archive clerk takes the file back. Refused when it is already back. */
export const returnFile = defineUpdate<{ returnedAt: string }, [ReturnFileInput]>('returnFile');
export const loanStatus = defineQuery<FileLoanState>('status');
