import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { CreateDialog } from '../../common/RecordDialog';
import { useRequestId } from '../../common/useRequestId';
import { LoanInputs, loanCreateTransform, loanDefaults } from './LoanInputs';

/** "Lend the file": registers who takes the household's file, why, and for how long (ARC-3). */
export const LendFileButton = () => {
  const household = useRecordContext();
  const [open, setOpen] = useState(false);
  // One request id per opening of the dialog: a double press lends the file once.
  const requestId = useRequestId('file-loans', open);
  if (!household) return null;
  return (
    <>
      <Button label="estate.loans.lend" variant="contained" onClick={() => setOpen(true)}>
        <DriveFileMoveIcon />
      </Button>
      <CreateDialog
        resource="file-loans"
        title="estate.loans.lend_title"
        open={open}
        onClose={() => setOpen(false)}
        transform={loanCreateTransform}
        defaults={{ householdId: household.id, ...loanDefaults, requestId }}
        successMessage="estate.loans.lent"
      >
        <LoanInputs />
      </CreateDialog>
    </>
  );
};
