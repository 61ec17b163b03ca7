import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useRecordContext } from 'react-admin';
import { useAsyncAction } from '../../common/useAsyncAction';
import type { EstateDataProvider } from '../../dataProvider';
import type { FileLoan } from './types';

/**
 * "Mark returned" on an open loan: asks for confirmation, then POST /file-loans/:id/return and
 * waits for the API (pessimistic); the staff member signed in is recorded as the receiver.
 */
export const ReturnLoanButton = () => {
  const record = useRecordContext<FileLoan>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const [open, setOpen] = useState(false);
  const { run, pending } = useAsyncAction(() => dataProvider.returnFileLoan(record!.id), {
    successMessage: 'estate.loans.returned',
    onSuccess: () => setOpen(false),
  });
  if (!record || record.status === 'RETURNED') return null;
  return (
    <>
      <Button
        label="estate.loans.mark_returned"
        color={record.status === 'OVERDUE' ? 'error' : 'primary'}
        disabled={pending}
        sx={{ whiteSpace: 'nowrap' }}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <AssignmentReturnIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="estate.loans.return_title"
        content="estate.loans.return_content"
        translateOptions={{ borrower: record.borrower, household: record.household?.name ?? `#${record.householdId}` }}
        onConfirm={() => void run()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
