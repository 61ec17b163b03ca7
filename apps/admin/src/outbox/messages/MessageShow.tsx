import { Box, Paper, Typography } from '@mui/material';
import { Labeled, NumberField, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { HouseholdReference } from '../../common/HouseholdInput';
import { DateTimeField, EnumField } from '../../common/fields';
import { FieldGrid, Section } from '../../common/Section';
import { LetterPdfButton, RecordPostingButton, RetryMessageButton } from './MessageButtons';
import { MessageCaseField, MessageStatusField, RecipientField, TemplateField } from './MessageFields';
import type { Message } from './types';

const Actions = () => (
  <TopToolbar>
    <RetryMessageButton />
    <LetterPdfButton />
    <RecordPostingButton />
  </TopToolbar>
);

const Body = () => {
  const message = useRecordContext<Message>();
  const translate = useTranslate();
  if (!message) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, maxWidth: 860 }}>
      {message.subject && (
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {message.subject}
        </Typography>
      )}
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {message.body || translate('estate.common.none')}
      </Typography>
    </Paper>
  );
};

/** Posting details of a letter (FEE-4), once recorded. */
const Posting = () => {
  const message = useRecordContext<Message>();
  if (!message || message.channel !== 'LETTER' || (!message.trackingNumber && !message.postedAt)) return null;
  return (
    <Section title="estate.outbox.posting">
      <FieldGrid>
        <Labeled source="trackingNumber">
          <TextField source="trackingNumber" emptyText="estate.common.none" />
        </Labeled>
        <Labeled source="postedAt">
          <DateTimeField source="postedAt" />
        </Labeled>
      </FieldGrid>
    </Section>
  );
};

const Failure = () => {
  const message = useRecordContext<Message>();
  if (!message?.lastError) return null;
  return (
    <Labeled source="lastError" sx={{ gridColumn: '1 / -1' }}>
      <TextField source="lastError" color="error" sx={{ whiteSpace: 'pre-wrap' }} />
    </Labeled>
  );
};

/** One message with its full body, delivery history and, for letters, the PDF and the posting. */
export const MessageShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <FieldGrid>
        <Labeled source="channel">
          <EnumField source="channel" enumName="channel" />
        </Labeled>
        <Labeled source="recipient">
          <RecipientField />
        </Labeled>
        <Labeled source="template">
          <TemplateField />
        </Labeled>
        <Labeled source="language">
          <EnumField source="language" enumName="language" />
        </Labeled>
        <Labeled source="status">
          <MessageStatusField />
        </Labeled>
        <Labeled source="attempts">
          <NumberField source="attempts" />
        </Labeled>
        <Labeled source="caseId" label="resources.messages.fields.case">
          <MessageCaseField />
        </Labeled>
        <Labeled source="householdId">
          <HouseholdReference />
        </Labeled>
        <Labeled source="createdAt">
          <DateTimeField source="createdAt" />
        </Labeled>
        <Labeled source="sentAt">
          <DateTimeField source="sentAt" />
        </Labeled>
        <Labeled source="deliveredAt">
          <DateTimeField source="deliveredAt" />
        </Labeled>
        <Labeled source="failedAt">
          <DateTimeField source="failedAt" />
        </Labeled>
        <Labeled source="providerId">
          <TextField source="providerId" emptyText="estate.common.none" />
        </Labeled>
        <Failure />
      </FieldGrid>
      <Posting />
      <Section title="resources.messages.fields.body">
        <Body />
      </Section>
    </Box>
  </Show>
);
