import WorkIcon from '@mui/icons-material/Work';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import {
  Button,
  Labeled,
  Link,
  RecordContextProvider,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CaseTasksTable } from '../cases/CaseTasksTable';
import { CaseOverrideButtons } from '../cases/overrides/OverrideActions';
import type { Case } from '../cases/types';
import { CASE_STATUS_COLORS, PRIORITY_COLORS } from '../common/enums';
import { DateTimeField, EmptyValue, EnumField } from '../common/fields';
import { HouseholdReference } from '../common/HouseholdInput';
import { FieldGrid, Section } from '../common/Section';
import { EscalationLevelField } from '../tasks/TaskFields';
import { Timeline } from '../timeline/Timeline';
import {
  ComplaintOverdueField,
  ComplaintStatusField,
  ComplaintTierField,
  ResolvedOnTimeField,
  YesNoField,
} from './ComplaintFields';
import type { Complaint } from './types';

const OpenCaseButton = () => {
  const record = useRecordContext<Complaint>();
  if (!record?.caseId) return null;
  return (
    <Button to={`/cases/${record.caseId}/show`} label="estate.complaints.open_case">
      <WorkIcon />
    </Button>
  );
};

const Actions = () => (
  <TopToolbar>
    <OpenCaseButton />
  </TopToolbar>
);

const Heading = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
      <Typography variant="h5" component="h1">
        {translate('estate.complaints.heading', { id: record.id })}{' '}
        <Typography component="span" variant="h6" color="text.secondary">
          {record.subject}
        </Typography>
      </Typography>
      <ComplaintTierField />
      <ComplaintStatusField />
      <ComplaintOverdueField />
    </Box>
  );
};

/** What needs attention first: damage still happening (CMP-6), an invalid complaint (CMP-7), a reopened one (CMP-9). */
const Notices = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {record.damageOngoing && record.status === 'OPEN' && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('estate.complaints.damage_warning')}
        </Alert>
      )}
      {record.invalidReason && (
        <Alert severity="info" sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>
          <strong>{translate('resources.complaints.fields.invalidReason')}:</strong> {record.invalidReason}
        </Alert>
      )}
      {record.reopenCount > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('estate.complaints.reopened', { smart_count: record.reopenCount })}
        </Alert>
      )}
    </>
  );
};

/** The household's file, or a note that the complainant is not a registered household. */
const HouseholdField = () => {
  const record = useRecordContext<Complaint>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.householdId == null) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('estate.complaints.no_household')}
      </Typography>
    );
  }
  return <HouseholdReference />;
};

const LongText = ({ source }: { source: 'description' | 'request' }) => (
  <Labeled source={source} sx={{ mb: 2, display: 'block' }}>
    <TextField source={source} sx={{ whiteSpace: 'pre-wrap' }} emptyText="estate.common.none" />
  </Labeled>
);

/** The complaint's case: its state, the managers' overrides (the tier override reclassifies), its tasks, its timeline. */
const ComplaintCase = () => {
  const complaint = useRecordContext<Complaint>();
  const translate = useTranslate();
  // The process opens its tasks a moment after the complaint is saved, and moves on as staff work:
  // while the complaint is open, its case and timeline are re-read every few seconds.
  const live = complaint?.status === 'OPEN' ? 5000 : false;
  const { data: caseRecord, isPending, error } = useGetOne<Case>(
    'cases',
    { id: complaint?.caseId as number },
    { enabled: complaint?.caseId != null, refetchInterval: live },
  );
  if (!complaint) return null;
  let content;
  if (isPending) content = <CircularProgress size={24} />;
  else if (error || !caseRecord) {
    content = (
      <Typography variant="body2" color="error">
        {translate('estate.complaints.case_load_failed')}
      </Typography>
    );
  } else {
    content = (
      <>
        <FieldGrid>
          <Labeled label="resources.complaints.fields.caseId">
            <Link to={`/cases/${caseRecord.id}/show`}>#{caseRecord.id}</Link>
          </Labeled>
          <Labeled label="resources.cases.fields.status">
            <EnumField source="status" enumName="caseStatus" colors={CASE_STATUS_COLORS} />
          </Labeled>
          <Labeled label="resources.cases.fields.priority">
            <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
          </Labeled>
          <Labeled label="resources.cases.fields.escalationLevel">
            <EscalationLevelField />
          </Labeled>
        </FieldGrid>
        <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('estate.cases.tasks')}
        </Typography>
        <CaseTasksTable />
      </>
    );
  }
  return (
    <RecordContextProvider value={caseRecord}>
      <Section
        title="estate.complaints.sections.case"
        action={
          caseRecord ? (
            <Box sx={{ display: 'flex', flexWrap: 'wrap' }}>
              <CaseOverrideButtons />
            </Box>
          ) : undefined
        }
      >
        {content}
      </Section>
      <Section title="estate.timeline.title">
        <Timeline filter={{ caseId: complaint.caseId }} tasks={caseRecord?.tasks} refetchInterval={live} />
      </Section>
    </RecordContextProvider>
  );
};

/**
 * One complaint: what the reception recorded (CMP-1), how it ended (resolution, answer to the
 * complainant, return visit and satisfaction), and its case with tasks, overrides and timeline.
 */
export const ComplaintShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <Heading />
      <Notices />
      <Section title="estate.complaints.sections.complainant">
        <FieldGrid>
          <Labeled source="complainantName">
            <TextField source="complainantName" />
          </Labeled>
          <Labeled source="phone">
            <TextField source="phone" />
          </Labeled>
          <Labeled source="householdId">
            <HouseholdField />
          </Labeled>
          <Labeled source="channel">
            <EnumField source="channel" enumName="complaintChannel" />
          </Labeled>
          <Labeled source="createdAt">
            <DateTimeField source="createdAt" />
          </Labeled>
          <Labeled source="receivedById">
            <ReferenceField source="receivedById" reference="staff" link={false} emptyText="estate.common.none">
              <TextField source="displayName" />
            </ReferenceField>
          </Labeled>
          <Labeled source="confirmedAt">
            <DateTimeField source="confirmedAt" />
          </Labeled>
        </FieldGrid>
      </Section>
      <Section title="estate.complaints.sections.what">
        <FieldGrid>
          <Labeled source="occurredAt">
            <DateTimeField source="occurredAt" />
          </Labeled>
          <Labeled source="place">
            <TextField source="place" emptyText="estate.common.none" />
          </Labeled>
          <Labeled source="subject">
            <TextField source="subject" emptyText="estate.common.none" />
          </Labeled>
          <Labeled source="department">
            <EnumField source="department" enumName="department" />
          </Labeled>
          <Labeled source="tier">
            <ComplaintTierField />
          </Labeled>
          <Labeled source="damageOngoing">
            <YesNoField source="damageOngoing" alarm />
          </Labeled>
          <Labeled source="requestedBy">
            <DateTimeField source="requestedBy" />
          </Labeled>
        </FieldGrid>
        <LongText source="description" />
        <LongText source="request" />
      </Section>
      <Section title="estate.complaints.sections.outcome">
        <FieldGrid>
          <Labeled source="status">
            <ComplaintStatusField />
          </Labeled>
          <Labeled source="resolvedAt">
            <DateTimeField source="resolvedAt" />
          </Labeled>
          <Labeled source="resolvedOnTime">
            <ResolvedOnTimeField />
          </Labeled>
          <Labeled source="invalidReason">
            <TextField source="invalidReason" emptyText="estate.common.none" sx={{ whiteSpace: 'pre-wrap' }} />
          </Labeled>
          <Labeled source="informedAt">
            <DateTimeField source="informedAt" />
          </Labeled>
          <Labeled source="informMethod">
            <EnumField source="informMethod" enumName="informMethod" />
          </Labeled>
          <Labeled source="returnVisitAt">
            <DateTimeField source="returnVisitAt" />
          </Labeled>
          <Labeled source="satisfaction">
            <EnumField source="satisfaction" enumName="satisfaction" colors={{ SATISFIED: 'success', DISSATISFIED: 'error' }} />
          </Labeled>
          <Labeled source="reopenCount">
            <ReopenCountField />
          </Labeled>
        </FieldGrid>
      </Section>
      <ComplaintCase />
    </Box>
  </Show>
);

const ReopenCountField = () => {
  const record = useRecordContext<Complaint>();
  if (!record) return null;
  if (record.reopenCount == null) return <EmptyValue />;
  return (
    <Typography component="span" variant="body2" color={record.reopenCount > 0 ? 'warning.main' : 'text.primary'}>
      {record.reopenCount}
    </Typography>
  );
};
