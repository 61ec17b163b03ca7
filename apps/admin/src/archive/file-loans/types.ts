import type { RaRecord } from 'react-admin';

export interface FileLoan extends RaRecord {
  householdId: number;
  borrower: string;
  purpose: string;
  lentById: number;
  lentAt: string;
  dueAt: string;
  status: 'OUT' | 'OVERDUE' | 'RETURNED';
  overdueAt: string | null;
  returnedAt: string | null;
  receivedById: number | null;
  household?: { id: number; name: string };
  lentBy?: { id: number; displayName: string };
  receivedBy?: { id: number; displayName: string } | null;
}

/** Loan tables keep names and dates on one line; only the purpose wraps. */
export const loanTableSx = { '& .MuiTableCell-root': { whiteSpace: 'nowrap' } };
export const wrapCellSx = () => ({ whiteSpace: 'normal', minWidth: 160 });

export const LOAN_STATUS_COLORS = { OUT: 'info', OVERDUE: 'error', RETURNED: 'success' } as const;

/**
 * An overdue loan stands out in every list: a red tint and a red left edge (ARC-3).
 * The colour is the theme's default error red (#d32f2f).
 */
export const overdueRowSx = (record: RaRecord) =>
  record.status === 'OVERDUE'
    ? { backgroundColor: 'rgba(211, 47, 47, 0.08)', boxShadow: 'inset 4px 0 0 #d32f2f' }
    : {};
