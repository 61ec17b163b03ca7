import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EmptyValue } from '../../common/fields';
import type { Approval, ApprovalStatus } from '../types';

const STATUS_COLOR: Record<ApprovalStatus, 'warning' | 'success' | 'default'> = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'default' };

/** Waiting, approved or rejected, as a chip. */
export const ApprovalStatusField = (_: { label?: string }) => {
  const approval = useRecordContext<Approval>();
  const translate = useTranslate();
  if (!approval) return null;
  return <Chip size="small" variant="outlined" color={STATUS_COLOR[approval.status]} label={translate(`estate.approvals.status.${approval.status}`)} />;
};

/** What is asked for, in words: the kind, and the receipt, the household or the file it is about. */
export const ApprovalSubjectField = (_: { label?: string }) => {
  const approval = useRecordContext<Approval>();
  const translate = useTranslate();
  if (!approval) return null;
  const { params } = approval;
  const household = params.household?.name ? `${params.household.name}${params.household.unit ? `（${params.household.unit}）` : ''}` : '';
  const detail =
    approval.kind === 'PAYMENT_REVERSAL'
      ? translate('estate.approvals.about.receipt', { receipt: params.receiptNumber ?? '', household })
      : approval.kind === 'WAIVER'
        ? translate('estate.approvals.about.ladder', { household })
        : translate('estate.approvals.about.file', { fileName: params.fileName ?? '', lines: params.lines ?? 0, succeeded: params.succeeded ?? 0, failed: params.failed ?? 0 });
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate(`estate.approvals.kind.${approval.kind}`)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {detail}
      </Typography>
    </>
  );
};

/** A person of the request: who asked, or who decided. */
export const ApprovalPersonField = ({ source }: { source: 'requestedBy' | 'decidedBy'; label?: string }) => {
  const approval = useRecordContext<Approval>();
  const person = approval?.[source];
  if (!person) return <EmptyValue />;
  return <>{person.displayName}</>;
};
