import { Alert, Box, Chip, Typography } from '@mui/material';
import { useMemo } from 'react';
import {
  Create,
  DataTable,
  DateTimeInput,
  List,
  maxLength,
  NumberInput,
  required,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  TextInput,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { PdfButton } from '../common/PdfButton';
import { newRequestId } from '../common/requestId';
import { FieldGrid, Section } from '../common/Section';
import { chinaTime, ChinaTimeField, FORM_STATUSES, keyed, OTHER_DEPARTMENTS, receptionApi } from './shared';
import { contactFormExporter } from './exportColumns';

interface ContactForm {
  id: number;
  number: string;
  toDepartment: string;
  subject: string;
  content: string;
  replyBy: string | null;
  status: string;
  createdAt: string;
  entryId: number | null;
  caseId: number | null;
  acknowledgedAt: string | null;
  reply: string | null;
  repliedAt: string | null;
  createdBy: { displayName: string } | null;
  acknowledgedBy: { displayName: string } | null;
  repliedBy: { displayName: string } | null;
  case: { escalationLevel: number } | null;
}

const StatusChip = () => {
  const record = useRecordContext<ContactForm>();
  const translate = useTranslate();
  if (!record) return null;
  const color = record.status === 'REPLIED' ? 'success' : record.case?.escalationLevel ? 'error' : record.status === 'ACKNOWLEDGED' ? 'info' : 'warning';
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5 }}>
      <Chip size="small" color={color} label={translate(`estate.contact_forms.status.${record.status}`)} />
      {record.case?.escalationLevel ? <Chip size="small" color="error" variant="outlined" label={translate('estate.contact_forms.escalated')} /> : null}
    </Box>
  );
};

const Department = () => {
  const record = useRecordContext<ContactForm>();
  const translate = useTranslate();
  return record ? <span>{translate(`estate.reception.department.${record.toDepartment}`)}</span> : null;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={keyed(FORM_STATUSES, 'estate.contact_forms.status')} alwaysOn />,
  <SelectInput key="toDepartment" source="toDepartment" choices={keyed(OTHER_DEPARTMENTS, 'estate.reception.department')} />,
];

/** REC-5: the work contact forms sent to other departments, with where each stands. */
export const ContactFormList = () => (
  <List title="estate.contact_forms.menu" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={contactFormExporter}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="number" />
      <DataTable.Col source="createdAt">
        <ChinaTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="toDepartment">
        <Department />
      </DataTable.Col>
      <DataTable.Col source="subject" disableSort />
      <DataTable.Col source="status">
        <StatusChip />
      </DataTable.Col>
    </DataTable>
  </List>
);

const Line = ({ label, value }: { label: string; value: string | null | undefined }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {value || translate('estate.common.none')}
      </Typography>
    </Box>
  );
};

const FormPage = () => {
  const record = useRecordContext<ContactForm>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const f = (name: string) => `resources.contact-forms.fields.${name}`;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {`${translate('resources.contact-forms.name', { smart_count: 1 })} ${record.number}`} <StatusChip />
      </Typography>
      {record.entryId && <Link to={`/reception-entries/${record.entryId}/show`}>{translate('estate.contact_forms.from_entry', { id: record.entryId })}</Link>}
      <FieldGrid>
        <Line label={f('toDepartment')} value={translate(`estate.reception.department.${record.toDepartment}`)} />
        <Line label={f('createdAt')} value={`${chinaTime(record.createdAt, locale)} · ${record.createdBy?.displayName ?? ''}`} />
        <Line label={f('replyBy')} value={chinaTime(record.replyBy, locale)} />
        <Line label={f('acknowledgedAt')} value={record.acknowledgedAt ? `${chinaTime(record.acknowledgedAt, locale)} · ${record.acknowledgedBy?.displayName ?? ''}` : null} />
      </FieldGrid>
      <Box sx={{ mt: 2, display: 'grid', gap: 1, maxWidth: 960 }}>
        <Line label={f('subject')} value={record.subject} />
        <Line label={f('content')} value={record.content} />
      </Box>
      <Section title={f('reply')}>
        {record.reply ? (
          <Alert severity="success" sx={{ maxWidth: 960 }}>
            <div style={{ whiteSpace: 'pre-wrap' }}>{record.reply}</div>
            <div>{`${chinaTime(record.repliedAt, locale)} · ${record.repliedBy?.displayName ?? ''}`}</div>
          </Alert>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('estate.common.none')}
          </Typography>
        )}
      </Section>
      {record.caseId && <Link to={`/cases/${record.caseId}/show`}>{`${translate('resources.cases.name', { smart_count: 1 })} #${record.caseId}`}</Link>}
    </Box>
  );
};

const ShowActions = () => {
  const record = useRecordContext<ContactForm>();
  return <TopToolbar>{record && <PdfButton label="estate.contact_forms.print" load={() => receptionApi.contactFormPdf(record.id)} />}</TopToolbar>;
};

export const ContactFormShow = () => (
  <Show actions={<ShowActions />} title="estate.contact_forms.menu">
    <FormPage />
  </Show>
);

const future: Validator = (value) => (value && new Date(String(value)).getTime() <= Date.now() ? 'estate.complaints.requested_by_future' : undefined);

const transform = (data: Record<string, unknown>) => ({
  toDepartment: data.toDepartment,
  subject: String(data.subject ?? '').trim(),
  content: String(data.content ?? '').trim(),
  ...(data.replyBy ? { replyBy: new Date(String(data.replyBy)).toISOString() } : {}),
  ...(data.entryId ? { entryId: Number(data.entryId) } : {}),
  requestId: data.requestId,
});

/** REC-5: a major problem to another department, with the date its reply is asked by. */
export const ContactFormCreate = () => {
  const defaults = useMemo(() => ({ requestId: newRequestId('contact-form') }), []);
  return (
    <Create title="estate.contact_forms.new" transform={transform} redirect="show">
      <SimpleForm defaultValues={defaults}>
        <SelectInput source="toDepartment" choices={keyed(OTHER_DEPARTMENTS, 'estate.reception.department')} validate={required()} />
        <TextInput source="subject" validate={[required(), maxLength(200)]} sx={{ maxWidth: 960 }} fullWidth />
        <TextInput source="content" multiline minRows={4} validate={[required(), maxLength(5000)]} sx={{ maxWidth: 960 }} fullWidth />
        <DateTimeInput source="replyBy" helperText="estate.contact_forms.reply_by_hint" validate={future} />
        <NumberInput source="entryId" label="resources.reception-entries.name" sx={{ display: 'none' }} />
      </SimpleForm>
    </Create>
  );
};
