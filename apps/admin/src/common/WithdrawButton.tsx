import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { EstateDataProvider } from '../dataProvider';
import { useAsyncAction } from './useAsyncAction';

/**
 * Withdraws a record of the household file (ARC-1): it is never deleted. Asks why, then waits for the API;
 * the record leaves the list, stays readable among the withdrawn ones, and shows in the file's history.
 */
export const WithdrawButton = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const { canAccess } = useCanAccess({ resource, action: 'delete', record });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const close = () => {
    setOpen(false);
    setReason('');
    setTouched(false);
  };
  const { run, pending } = useAsyncAction(
    async () => {
      if (!record || !resource) return;
      await dataProvider.withdraw(resource, record.id, reason.trim());
    },
    { successMessage: 'estate.withdrawal.done', onSuccess: close },
  );
  if (!record || !resource || !canAccess || record.withdrawnAt) return null;
  const missing = !reason.trim();
  return (
    <>
      <Button
        label="estate.withdrawal.action"
        color="warning"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <RemoveCircleOutlineIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" onClick={(event) => event.stopPropagation()}>
        <DialogTitle>{translate('estate.withdrawal.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('estate.withdrawal.content')}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            multiline
            required
            label={translate('estate.withdrawal.fields.withdrawalReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && missing}
            helperText={touched && missing ? translate('estate.withdrawal.reason_required') : ' '}
            inputProps={{ maxLength: 500, name: 'reason' }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="estate.withdrawal.confirm"
            variant="contained"
            color="warning"
            disabled={pending}
            onClick={() => (missing ? setTouched(true) : void run())}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
