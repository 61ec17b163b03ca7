import { Box, Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { MESSAGE_STATUS_COLORS } from '../../common/enums';
import { EmptyValue, EnumField } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import type { Message } from './types';

/** The recipient's name over the address (phone number, e-mail or postal address). */
export const RecipientField = () => {
  const message = useRecordContext<Message>();
  if (!message) return null;
  if (!message.recipientName && !message.recipient) return <EmptyValue />;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2">
        {message.recipientName || message.recipient}
      </Typography>
      {message.recipientName && message.recipient && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
          {message.recipient}
        </Typography>
      )}
    </Box>
  );
};

/** The status; a failed message in red, with its last error and the number of attempts. */
export const MessageStatusField = () => {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  if (!message) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      <EnumField source="status" enumName="messageStatus" colors={MESSAGE_STATUS_COLORS} />
      {message.status === 'FAILED' && (
        <Typography component="span" variant="caption" color="error" sx={{ maxWidth: 280, whiteSpace: 'normal' }}>
          {message.lastError ? `${message.lastError} · ` : ''}
          {translate('estate.outbox.attempts', { smart_count: message.attempts ?? 0 })}
        </Typography>
      )}
    </Box>
  );
};

/** The case the message belongs to, if any. */
export const MessageCaseField = () => {
  const message = useRecordContext<Message>();
  const { title } = useLocalized();
  if (!message || message.caseId == null) return <EmptyValue />;
  return (
    <Link to={`/cases/${message.caseId}/show`} onClick={(event: React.MouseEvent) => event.stopPropagation()}>
      {message.case ? `${title(message.case)} ` : ''}#{message.caseId}
    </Link>
  );
};

/** The template's name in the staff member's language (its key when the back office does not know it). */
export const TemplateField = () => {
  const record = useRecordContext<Message>();
  const translate = useTranslate();
  if (!record?.template) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2">
      {translate(`estate.templates.${record.template}`, { _: record.template })}
    </Typography>
  );
};
