import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { Alert, Box, Typography } from '@mui/material';
import { Button, Labeled, Link, Show, TopToolbar, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { CASE_STATUS_COLORS, PRIORITY_COLORS } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { FieldGrid, Section } from '../../common/Section';
import { EscalationLevelField } from '../tasks/TaskFields';
import { Timeline } from '../timeline/Timeline';
import type { Complaint } from '../../complaints/types';
import { CaseHouseholdField, CaseTierField, ProcessField } from './CaseFields';
import { CaseNotesSection } from './CaseNotes';
import { CaseTasksTable } from './CaseTasksTable';
import { CaseOverrideButtons } from './overrides/OverrideActions';
import type { Case } from './types';

/** "Open the complaint record" on a complaint's case. */
const ComplaintRecordButton = () => {
  const record = useRecordContext<Case>();
  const enabled = record?.process === 'complaint';
  const { data } = useGetList<Complaint>(
    'complaints',
    { filter: { caseId: record?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled },
  );
  const complaint = enabled ? data?.[0] : undefined;
  if (!complaint) return null;
  return (
    <Button component={Link} to={`/complaints/${complaint.id}/show`} label="estate.complaints.open_record">
      <ReportProblemIcon />
    </Button>
  );
};

const Actions = () => (
  <TopToolbar>
    <ComplaintRecordButton />
    <CaseOverrideButtons />
  </TopToolbar>
);

const Heading = () => {
  const record = useRecordContext<Case>();
  const { title } = useLocalized();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
      <Typography variant="h5" component="h1">
        {title(record)} <Typography component="span" variant="h6" color="text.secondary">#{record.id}</Typography>
      </Typography>
      <EnumField source="status" enumName="caseStatus" colors={CASE_STATUS_COLORS} />
      <EscalationLevelField />
    </Box>
  );
};

const CloseReason = () => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  if (!record || record.status !== 'CLOSED') return null;
  return (
    <Alert severity="info" sx={{ mb: 3, whiteSpace: 'pre-wrap' }}>
      <strong>{translate('resources.cases.fields.closeReason')}:</strong> {record.closeReason || translate('estate.common.none')}
    </Alert>
  );
};

const Notes = () => {
  const record = useRecordContext<Case>();
  if (!record) return null;
  return <CaseNotesSection caseId={record.id} process={record.process} />;
};

const CaseTimeline = () => {
  const record = useRecordContext<Case>();
  if (!record) return null;
  return <Timeline filter={{ caseId: record.id }} tasks={record.tasks} />;
};

/**
 * One case: what and whose it is, its tasks, its internal notes, and its timeline. Managers override it from the
 * toolbar (priority, tier, close) and from each open task's menu (deadline, reassignment, escalation).
 */
export const CaseShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <Heading />
      <FieldGrid>
        <Labeled source="process">
          <ProcessField />
        </Labeled>
        <Labeled source="householdId" label="resources.cases.fields.household">
          <CaseHouseholdField />
        </Labeled>
        <Labeled source="priority">
          <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
        </Labeled>
        <Labeled source="tier">
          <CaseTierField />
        </Labeled>
        <Labeled source="status">
          <EnumField source="status" enumName="caseStatus" colors={CASE_STATUS_COLORS} />
        </Labeled>
        <Labeled source="escalationLevel">
          <EscalationLevelField />
        </Labeled>
        <Labeled source="openedAt">
          <DateTimeField source="openedAt" />
        </Labeled>
        <Labeled source="closedAt">
          <DateTimeField source="closedAt" />
        </Labeled>
      </FieldGrid>
      <CloseReason />
      <Section title="estate.cases.tasks">
        <CaseTasksTable />
      </Section>
      <Notes />
      <Section title="estate.timeline.title">
        <CaseTimeline />
      </Section>
    </Box>
  </Show>
);
