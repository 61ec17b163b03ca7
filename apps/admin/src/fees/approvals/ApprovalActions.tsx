import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { Button, useCanAccess, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { OverrideDialog } from '../../work/cases/overrides/OverrideDialog';
import type { Approval } from '../types';
import { approve, reject } from './api';

/** Who may decide: the permission table, and (as the API insists) another person of another role than the one who asked. */
const useDecision = (approval: Approval | undefined) => {
  const { canAccess } = useCanAccess({ resource: 'approvals', action: 'approve' });
  const { identity } = useGetIdentity();
  if (!approval || approval.status !== 'PENDING' || !canAccess || !identity) return { may: false, own: false };
  const own = identity.id === approval.requestedBy.id || identity.role === approval.params.requesterRole;
  return { may: !own, own };
};

/** Approve (it posts at once) or reject with a reason (nothing posts), for a waiting request. */
export const ApprovalActions = (_: { label?: string }) => {
  const approval = useRecordContext<Approval>();
  const translate = useTranslate();
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  const { may, own } = useDecision(approval);
  const close = useCallback(() => setOpen(null), []);
  const submitApprove = useCallback((values: { note?: string }) => approve(approval!.id, values.note), [approval]);
  const submitReject = useCallback((values: { note: string }) => reject(approval!.id, values.note), [approval]);
  if (!approval) return null;
  if (own) {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('estate.approvals.another_role')}
      </Typography>
    );
  }
  if (!may) return null;
  const what = translate(`estate.approvals.kind.${approval.kind}`);
  return (
    <span onClick={(event) => event.stopPropagation()}>
      <Button label="estate.approvals.approve" color="success" onClick={() => setOpen('approve')}>
        <CheckIcon />
      </Button>
      <Button label="estate.approvals.reject" color="error" onClick={() => setOpen('reject')}>
        <CloseIcon />
      </Button>
      {open === 'approve' && (
        <OverrideDialog<{ note?: string }>
          open
          onClose={close}
          title="estate.approvals.approve_title"
          description={translate('estate.approvals.approve_help', { what })}
          submit={submitApprove}
          successMessage="estate.approvals.approved"
          reasonSource="note"
          reasonLabel="estate.approvals.note"
          reasonHint="estate.approvals.note_hint"
          reasonRequired={false}
          reasonMaxLength={500}
          confirmLabel="estate.approvals.approve"
        />
      )}
      {open === 'reject' && (
        <OverrideDialog<{ note: string }>
          open
          onClose={close}
          title="estate.approvals.reject_title"
          description={translate('estate.approvals.reject_help', { what })}
          submit={submitReject}
          successMessage="estate.approvals.rejected"
          reasonSource="note"
          reasonLabel="estate.approvals.reject_reason"
          reasonHint="estate.approvals.reject_hint"
          reasonMaxLength={500}
          confirmLabel="estate.approvals.reject"
        />
      )}
    </span>
  );
};
