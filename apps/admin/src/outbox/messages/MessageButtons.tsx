import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import ReplayIcon from '@mui/icons-material/Replay';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useCallback, useState } from 'react';
import {
  Button,
  DateTimeInput,
  Form,
  regex,
  required,
  SaveButton,
  TextInput,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { PdfButton } from '../../common/PdfButton';
import { useAsyncAction } from '../../common/useAsyncAction';
import { useFormAction } from '../../common/useFormAction';
import type { EstateDataProvider } from '../../dataProvider';
import { isSentLetter, type Message } from './types';

const stop = (event: React.SyntheticEvent) => event.stopPropagation();

/** "Retry" a failed message: it goes back to the queue and through delivery again (409 otherwise). */
export const RetryMessageButton = () => {
  const message = useRecordContext<Message>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const { run, pending } = useAsyncAction(() => dataProvider.retryMessage(message!.id), {
    successMessage: 'estate.outbox.retried',
  });
  if (!message || message.status !== 'FAILED') return null;
  return (
    <Button
      label="estate.outbox.retry"
      color="error"
      disabled={pending}
      sx={{ whiteSpace: 'nowrap' }}
      onClick={(event) => {
        event.stopPropagation();
        void run();
      }}
    >
      <ReplayIcon />
    </Button>
  );
};

/** "Open PDF" of a letter that has been produced. */
export const LetterPdfButton = () => {
  const message = useRecordContext<Message>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  if (!message || !isSentLetter(message)) return null;
  return <PdfButton label="estate.outbox.open_pdf" load={() => dataProvider.getMessagePdf(message.id)} />;
};

const trackingNumber = regex(/^[A-Za-z0-9-]{6,40}$/, 'estate.outbox.tracking_invalid');

/** "Record posting": the express-mail tracking number and date of a posted letter (FEE-4 evidence). */
export const RecordPostingButton = () => {
  const message = useRecordContext<Message>();
  const dataProvider = useDataProvider<EstateDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const submit = useCallback(
    (values: { trackingNumber: string; postedAt?: string | null }) =>
      dataProvider.recordPosting(message!.id, {
        trackingNumber: values.trackingNumber.trim(),
        ...(values.postedAt ? { postedAt: new Date(values.postedAt).toISOString() } : {}),
      }),
    [dataProvider, message],
  );
  const onSubmit = useFormAction(submit, { successMessage: 'estate.outbox.posting_recorded', onSuccess: close });
  if (!message || !isSentLetter(message)) return null;
  return (
    <Box component="span" onClick={stop}>
      <Button label={message.trackingNumber ? 'estate.outbox.correct_posting' : 'estate.outbox.record_posting'} onClick={() => setOpen(true)}>
        <LocalShippingIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>{translate('estate.outbox.record_posting')}</DialogTitle>
        {open && (
          <Form record={{ trackingNumber: message.trackingNumber ?? '', postedAt: message.postedAt ?? '' }} onSubmit={onSubmit}>
            <DialogContent sx={{ pt: 0 }}>
              <TextInput
                source="trackingNumber"
                label="resources.messages.fields.trackingNumber"
                validate={[required(), trackingNumber]}
                fullWidth
                autoFocus
              />
              <DateTimeInput
                source="postedAt"
                label="resources.messages.fields.postedAt"
                helperText="estate.outbox.posted_at_hint"
                fullWidth
              />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={close} />
              <SaveButton alwaysEnable />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </Box>
  );
};
