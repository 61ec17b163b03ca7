import { Box, Stack, Typography } from '@mui/material';
import { Labeled, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../../common/Section';
import { CaseSection } from '../../work/cases/CaseSection';
import type { Decoration } from '../types';
import { DecorationActions } from './actions';
import { DecorationStatusField, TimingField, UnitText, WindowText } from './fields';
import { AcceptanceSection, ApprovalSection, ChecklistSection, Notices, ViolationsSection, WorkersSection } from './sections';

const Heading = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
        {translate('estate.decoration.heading', { number: record.permitNumber ?? `#${record.id}` })}
      </Typography>
      <DecorationStatusField />
      <TimingField />
    </Box>
  );
};

const Application = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Section title="estate.decoration.sections.applicant">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} flexWrap="wrap" useFlexGap>
        <Labeled source="householdId"><UnitText /></Labeled>
        <Labeled source="applicantKind"><>{translate(`estate.gate.applicant.${record.applicantKind}`)}</></Labeled>
        <Labeled source="applicantName"><TextField source="applicantName" /></Labeled>
        <Labeled source="applicantPhone"><TextField source="applicantPhone" /></Labeled>
        <Labeled source="contractorName"><TextField source="contractorName" /></Labeled>
        <Labeled source="contractorPhone"><TextField source="contractorPhone" /></Labeled>
        <Labeled source="window"><WindowText /></Labeled>
      </Stack>
      <Labeled source="plan"><TextField source="plan" sx={{ whiteSpace: 'pre-wrap' }} /></Labeled>
      {(record.structuralChange || record.loadIncrease) && (
        <Typography variant="body2" color="warning.main">{translate('estate.decoration.structural')}</Typography>
      )}
    </Section>
  );
};

const DecorationCase = () => {
  const record = useRecordContext<Decoration>();
  if (!record?.caseId) return null;
  return (
    <Box sx={{ overflowX: 'auto', maxWidth: { xs: 'calc(100vw - 24px)', md: '100%' } }}>
      <CaseSection caseId={record.caseId} title="estate.decoration.sections.case" live={!['COMPLETED', 'REFUSED'].includes(record.status)} />
    </Box>
  );
};

/**
 * One decoration: the applicant and the plan (DEC-1, DEC-2), the documents checked, the approval with the
 * department's and the applicant's time apart (DEC-6), the permit, fees and deposit (DEC-3, DEC-4), the workers
 * and their passes, the violations and stops (DEC-5), and its case with the tasks and the timeline.
 */
export const DecorationShow = () => (
  <Show actions={<DecorationActions />} queryOptions={{ refetchInterval: (query) => (['COMPLETED', 'REFUSED'].includes(String((query.state.data as Decoration | undefined)?.status)) ? false : 5000) }}>
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Heading />
      <Notices />
      <Application />
      <ChecklistSection />
      <ApprovalSection />
      <WorkersSection />
      <ViolationsSection />
      <AcceptanceSection />
      <DecorationCase />
    </Box>
  </Show>
);
