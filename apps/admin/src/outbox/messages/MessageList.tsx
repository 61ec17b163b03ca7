import { Box } from '@mui/material';
import { DataTable, List, SearchInput, SelectInput, TextField } from 'react-admin';
import { choices } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { LetterPdfButton, RetryMessageButton } from './MessageButtons';
import { MessageCaseField, MessageStatusField, RecipientField, TemplateField } from './MessageFields';
import { failedRowSx } from './types';
import { messageExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('messageStatus')} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={choices('channel')} alwaysOn />,
];

/** The outbox: every SMS, e-mail and letter the processes sent, failed ones in red with a retry. */
export const MessageList = () => (
  <List title="estate.outbox.title" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={messageExporter}>
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={failedRowSx}>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="channel">
        <EnumField source="channel" enumName="channel" />
      </DataTable.Col>
      <DataTable.Col source="recipientName" label="resources.messages.fields.recipient" disableSort>
        <RecipientField />
      </DataTable.Col>
      <DataTable.Col source="template" disableSort>
        <TemplateField />
      </DataTable.Col>
      <DataTable.Col source="subject" disableSort>
        <TextField source="subject" emptyText="estate.common.none" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <MessageStatusField />
      </DataTable.Col>
      <DataTable.Col source="caseId" label="resources.messages.fields.case" disableSort>
        <MessageCaseField />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <Box sx={{ display: 'flex', gap: 0.5, justifyContent: 'flex-end' }}>
          <RetryMessageButton />
          <LetterPdfButton />
        </Box>
      </DataTable.Col>
    </DataTable>
  </List>
);
