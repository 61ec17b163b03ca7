import WorkIcon from '@mui/icons-material/Work';
import { Alert, Box, Typography } from '@mui/material';
import { Button, Labeled, Link, ReferenceField, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { CaseSection } from '../work/cases/CaseSection';
import { DateTimeField, EmptyValue, EnumField } from '../common/fields';
import { HouseholdReference } from '../common/HouseholdInput';
import { FieldGrid, Section } from '../common/Section';
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
    <Button component={Link} to={`/cases/${record.caseId}/show`} label="estate.complaints.open_case">
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

/** The complaint's case; while the complaint is open, its case and timeline are re-read every few seconds. */
const ComplaintCase = () => {
  const complaint = useRecordContext<Complaint>();
  if (!complaint) return null;
  return <CaseSection caseId={complaint.caseId} title="estate.complaints.sections.case" live={complaint.status === 'OPEN'} />;
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
