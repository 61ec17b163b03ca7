import type { ApprovalKind } from '../../../../prisma/client';
import type { Action, Resource } from '../permissions/table';

/**
 * What needs two people, and who may be each of them: the permission that requests it (the operation that
 * asks for it names the same one in `operations.ts`) and the permission that approves or rejects it. The
 * approver is never the requester and never of the requester's role (docs/decisions/0008-two-people-for-money.md).
 */
export const APPROVAL_KINDS: Record<ApprovalKind, { request: readonly [Resource, Action]; approve: readonly [Resource, Action]; what: string }> = {
  PAYMENT_REVERSAL: { request: ['payments', 'update'], approve: ['payments', 'approve'], what: 'the reversal of a payment' },
  WAIVER: { request: ['dunning', 'approve'], approve: ['dunning', 'approve'], what: 'a waiver of arrears' },
  BANK_DEBIT_IMPORT: { request: ['bank-debits', 'create'], approve: ['bank-debits', 'approve'], what: 'a bank auto-debit import' },
};

export const APPROVAL_KIND_VALUES = Object.keys(APPROVAL_KINDS) as ApprovalKind[];
