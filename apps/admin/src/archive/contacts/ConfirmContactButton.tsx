import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Button, useNotify, useRecordContext, useUpdate } from 'react-admin';
import { contactEditTransform } from './ContactInputs';

/**
 * "Confirm current": the contact details were checked with the household just now (ARC-2).
 * Sends the contact's fields with a new `verifiedAt`; waits for the API.
 */
export const ConfirmContactButton = () => {
  const record = useRecordContext();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const confirm = () =>
    update(
      'contacts',
      {
        id: record.id,
        data: { ...contactEditTransform(record), verifiedAt: new Date().toISOString() },
        previousData: record,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('estate.contacts.verified', { type: 'success' }),
        onError: (error) => {
          const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
          notify(message, { type: 'error', messageArgs: { _: message } });
        },
      },
    );
  return (
    <Button label="estate.contacts.mark_verified" disabled={isPending} onClick={confirm}>
      <TaskAltIcon />
    </Button>
  );
};
