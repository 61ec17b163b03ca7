import AssignmentIcon from '@mui/icons-material/Assignment';
import BuildIcon from '@mui/icons-material/Build';
import ReportIcon from '@mui/icons-material/Report';
import { Alert, Box, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Button, Show, TopToolbar, useLocaleState, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { permitted } from '../common/permissions';
import { FieldGrid, Section } from '../common/Section';
import { AskSpecialistButton } from './AskSpecialist';
import { complaintFromEntryPath, repairFromEntryPath } from './paths';
import { chinaTime, LinkedChip, type ReceptionEntry } from './shared';

/** Turning the entry into a complaint or a repair order (pre-filled from the entry), or asking a specialist. */
const Actions = () => {
  const record = useRecordContext<ReceptionEntry>();
  const { permissions } = usePermissions<string | undefined>();
  if (!record) return <TopToolbar />;
  const open = !record.caseId;
  return (
    <TopToolbar>
      {open && permitted(permissions, 'complaints', 'create') && (
        <Button component={Link} to={complaintFromEntryPath(record.id)} label="estate.reception.to_complaint">
          <ReportIcon />
        </Button>
      )}
      {open && permitted(permissions, 'repairs', 'create') && (
        <Button component={Link} to={repairFromEntryPath(record.id)} label="estate.reception.to_repair">
          <BuildIcon />
        </Button>
      )}
      <AskSpecialistButton />
      {permitted(permissions, 'contact-forms', 'create') && (
        <Button component={Link} to={`/contact-forms/create?source=${encodeURIComponent(JSON.stringify({ entryId: record.id, content: record.content }))}`} label="estate.reception.send_contact_form">
          <AssignmentIcon />
        </Button>
      )}
    </TopToolbar>
  );
};

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

/** Where the entry went: the case, and a specialist question's promise, answer and telling. */
const Became = () => {
  const record = useRecordContext<ReceptionEntry>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const target =
    record.linkedProcess === 'complaint' && record.complaintId
      ? `/complaints/${record.complaintId}/show`
      : record.linkedProcess === 'repair' && record.repairId
        ? `/repairs/${record.repairId}/show`
        : record.caseId
          ? `/cases/${record.caseId}/show`
          : null;
  const q = record.question;
  return (
    <Section title="resources.reception-entries.fields.case">
      {target ? (
        <Link to={target}>
          <LinkedChip />
        </Link>
      ) : (
        <LinkedChip />
      )}
      {q && (
        <Alert severity={q.status === 'TOLD' ? 'success' : record.case?.escalationLevel ? 'error' : 'info'} sx={{ mt: 1, maxWidth: 960 }}>
          <div>{translate(`estate.reception.question.status.${q.status}`)}</div>
          <div>{translate('estate.reception.question.asked', { question: q.question })}</div>
          <div>{translate('estate.reception.question.promised_by', { at: chinaTime(q.promisedBy, locale) })}</div>
          {q.answer && <div>{translate('estate.reception.question.answer', { answer: q.answer })}</div>}
          {q.toldAt && <div>{translate('estate.reception.question.told', { at: chinaTime(q.toldAt, locale), method: q.toldMethod ?? '' })}</div>}
        </Alert>
      )}
      {record.contactForms.map((f) => (
        <Box key={f.id} sx={{ mt: 1 }}>
          <Link to={`/contact-forms/${f.id}/show`}>{`${translate('resources.contact-forms.name', { smart_count: 1 })} ${f.number}`}</Link>
        </Box>
      ))}
    </Section>
  );
};

const Entry = () => {
  const record = useRecordContext<ReceptionEntry>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const where = record.household ? `${record.household.unit.building.name} ${record.household.unit.number} · ${record.household.name}` : null;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('estate.reception.heading', { id: record.id })}
      </Typography>
      <FieldGrid>
        <Line label="resources.reception-entries.fields.receivedAt" value={chinaTime(record.receivedAt, locale)} />
        <Line label="resources.reception-entries.fields.kind" value={translate(`estate.reception.kind.${record.kind}`)} />
        <Line label="resources.reception-entries.fields.channel" value={translate(`estate.reception.channel.${record.channel}`)} />
        <Line label="resources.reception-entries.fields.residentName" value={`${record.residentName} · ${record.phone}`} />
        <Line label="resources.reception-entries.fields.householdId" value={where} />
        <Line label="resources.reception-entries.fields.takenById" value={record.takenBy?.displayName} />
        <Line label="resources.reception-entries.fields.handlerId" value={(record.handler ?? record.takenBy)?.displayName} />
        {record.praisedStaff && <Line label="resources.reception-entries.fields.praisedStaffId" value={record.praisedStaff.displayName} />}
      </FieldGrid>
      <Box sx={{ mt: 2, display: 'grid', gap: 1, maxWidth: 960 }}>
        <Line label="resources.reception-entries.fields.content" value={record.content} />
        <Line label="resources.reception-entries.fields.reply" value={record.reply} />
        <Line label="resources.reception-entries.fields.confirmedWithResident" value={chinaTime(record.receivedAt, locale)} />
      </Box>
      <Became />
    </Box>
  );
};

/** REC-1: one entry of the log, what it became, and the buttons that turn it into a case without typing it again. */
export const EntryShow = () => (
  <Show actions={<Actions />} title="estate.reception.menu">
    <Entry />
  </Show>
);
