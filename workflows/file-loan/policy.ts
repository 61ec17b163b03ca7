/**
 * ARC-3: a household file lent out of the archive comes back by its due time.
 * Durations are data: the API passes them into the workflow when the loan starts,
 * so a running loan keeps the period it was lent with.
 */
export interface FileLoanPolicy {
  /** How long a file may stay out, in milliseconds. */
  loanPeriodMs: number;
}

export const DEFAULT_FILE_LOAN_POLICY: FileLoanPolicy = {
  loanPeriodMs: 3 * 24 * 3600 * 1000,
};

export const fileLoanWorkflowId = (loanId: number) => `file-loan-${loanId}`;
