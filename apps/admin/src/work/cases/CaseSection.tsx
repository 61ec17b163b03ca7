import { Box, CircularProgress, Typography, useMediaQuery, type Theme } from '@mui/material';
import { Labeled, Link, RecordContextProvider, useGetOne, useTranslate, type Identifier } from 'react-admin';
import { CASE_STATUS_COLORS, PRIORITY_COLORS } from '../../common/enums';
import { EnumField } from '../../common/fields';
import { FieldGrid, Section } from '../../common/Section';
import { EscalationLevelField } from '../tasks/TaskFields';
import { Timeline } from '../timeline/Timeline';
import { CaseAttachments } from './CaseAttachments';
import { CaseNotesSection } from './CaseNotes';
import { CaseTaskCards } from './CaseTaskCards';
import { CaseTasksTable } from './CaseTasksTable';
import { CaseOverrideButtons } from './overrides/OverrideActions';
import type { Case } from './types';

/** Re-read every few seconds while the process runs: it opens tasks and moves on as staff work. */
const LIVE_MS = 5000;

/**
 * The case behind a record of a process (a complaint, a dunning ladder): its state, the managers'
 * overrides, its tasks, its internal notes, and its timeline. `live`: the case and its timeline are re-read every few
 * seconds, so the next task shows up without a reload.
 */
export const CaseSection = ({ caseId, title, live = false }: { caseId: Identifier; title: string; live?: boolean }) => {
  const translate = useTranslate();
  const refetchInterval = live ? LIVE_MS : false;
  // On a phone or a portrait tablet the tasks are cards: the table's nine columns do not fit.
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const { data: caseRecord, isPending, error } = useGetOne<Case>('cases', { id: caseId }, { enabled: caseId != null, refetchInterval });
  let content;
  if (isPending) content = <CircularProgress size={24} />;
  else if (error || !caseRecord) {
    content = (
      <Typography variant="body2" color="error">
        {translate('estate.cases.load_failed')}
      </Typography>
    );
  } else {
    content = (
      <>
        <FieldGrid>
          <Labeled label="resources.tasks.fields.case">
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
        {small ? <CaseTaskCards /> : <CaseTasksTable />}
        <CaseAttachments caseId={caseRecord.id} />
      </>
    );
  }
  return (
    <RecordContextProvider value={caseRecord}>
      <Section
        title={title}
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
      {caseRecord && <CaseNotesSection caseId={caseRecord.id} process={caseRecord.process} />}
      <Section title="estate.timeline.title">
        <Timeline filter={{ caseId }} tasks={caseRecord?.tasks} refetchInterval={refetchInterval} />
      </Section>
    </RecordContextProvider>
  );
};
