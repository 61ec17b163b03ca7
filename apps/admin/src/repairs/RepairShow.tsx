import { Alert, Box, Typography } from '@mui/material';
import { Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useLocalized } from '../common/localized';
import { PdfButton } from '../common/PdfButton';
import { CaseSection } from '../work/cases/CaseSection';
import { repairsApi } from './api';
import { useRepairNames } from './catalogue';
import { EmergencyChip, RepairKindField, RepairOverdueChip, RepairStatusField } from './RepairFields';
import { ProblemSection, ResidentSection, VisitsSection, WorkSection } from './RepairSections';
import { RepairOpenTasks } from './RepairOpenTasks';
import { RepairVoidButton } from './RepairVoidButton';
import type { RepairOrder } from './types';

const OrderPdfButton = () => {
  const record = useRecordContext<RepairOrder>();
  if (!record) return null;
  return <PdfButton label="estate.repairs.order_pdf" load={() => repairsApi.orderPdf(record.id)} />;
};

const Actions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <OrderPdfButton />
    <RepairVoidButton />
  </TopToolbar>
);

const Heading = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  const names = useRepairNames();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mr: 1, fontSize: { xs: '1.25rem', sm: '1.5rem' } }}>
        {translate('estate.repairs.heading', { serial: record.serial })}{' '}
        <Typography component="span" variant="h6" color="text.secondary" sx={{ fontSize: { xs: '1.05rem', sm: '1.25rem' } }}>
          {names.category(record.category)}
        </Typography>
      </Typography>
      <RepairStatusField />
      <RepairKindField />
      <EmergencyChip />
      <RepairOverdueChip />
    </Box>
  );
};

const Notices = () => {
  const record = useRecordContext<RepairOrder>();
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  if (!record) return null;
  return (
    <>
      {record.status === 'VOIDED' && (
        <Alert severity="info" sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>
          {translate('estate.repairs.voided_notice', { at: formatDateTime(record.voidedAt) })} {record.voidReason}
        </Alert>
      )}
      {record.emergency && ['OPEN', 'ARRIVED'].includes(record.status) && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('estate.repairs.emergency_notice')}
        </Alert>
      )}
      {record.rectifications > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('estate.repairs.rectified', { smart_count: record.rectifications })}
        </Alert>
      )}
    </>
  );
};

const RepairCase = () => {
  const record = useRecordContext<RepairOrder>();
  if (!record?.caseId) return null;
  // On a phone its tasks are cards; anything wider scrolls sideways inside its own block, the page keeps the screen's width.
  return (
    <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>
      <CaseSection caseId={record.caseId} title="estate.repairs.sections.case" live={!['CLOSED', 'VOIDED'].includes(record.status)} />
    </Box>
  );
};

const Body = () => {
  const record = useRecordContext<RepairOrder>();
  if (!record) return null;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Heading />
      <Notices />
      <RepairOpenTasks />
      <ResidentSection />
      <ProblemSection />
      <WorkSection />
      <VisitsSection />
      <RepairCase />
    </Box>
  );
};

/**
 * One repair order: what is still to be done on it (a tap opens the task), the resident and the problem (REP-1),
 * the register and its charge (REP-2), the work and the leak test (REP-4, REP-5), the return visits (REP-5, REP-6),
 * the printable order (REP-8), its case with the open tasks and their deadlines, and the timeline. Re-read every few
 * seconds while the order runs.
 */
export const RepairShow = () => (
  <Show actions={<Actions />} queryOptions={{ refetchInterval: (query) => (['CLOSED', 'VOIDED'].includes(String((query.state.data as RepairOrder | undefined)?.status)) ? false : 5000) }}>
    <Body />
  </Show>
);
