import { Alert } from '@mui/material';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import type { Approval, ApprovalKind } from '../types';

/** "Waiting for approval" on the page of what a request is about (a payment, a ladder), while it waits. */
export const PendingApprovalNote = ({ kind, householdId, matches }: { kind: ApprovalKind; householdId: number; matches: (approval: Approval) => boolean }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'approvals', action: 'list' });
  const { data } = useGetList<Approval>('approvals', { filter: { status: 'PENDING', kind, householdId }, pagination: { page: 1, perPage: 50 } }, { enabled: Boolean(canAccess) });
  const waiting = data?.find(matches);
  if (!waiting) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('estate.approvals.pending_here', {
        what: translate(`estate.approvals.kind.${kind}`),
        requestedBy: waiting.requestedBy.displayName,
        reason: waiting.reason,
      })}
    </Alert>
  );
};
