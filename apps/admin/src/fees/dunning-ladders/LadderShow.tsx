import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  Labeled,
  Link,
  RecordContextProvider,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CaseSection } from '../../work/cases/CaseSection';
import { enumLabel } from '../../common/enums';
import { DateTimeField, DayField, EmptyValue } from '../../common/fields';
import { useLocalized } from '../../common/localized';
import { FieldGrid, Section } from '../../common/Section';
import { DownloadDocumentButton } from '../../archive/documents/DownloadDocumentButton';
import { householdText, MoneyField } from '../fields';
import type { DunningLadder } from '../types';
import { RecordPaymentButton } from '../payments/RecordPaymentButton';
import { LadderActionButtons } from './LadderActions';
import { AgeField, LadderStatusField, LadderStepField } from './LadderFields';
import { LadderStepper } from './LadderStepper';
import { PendingApprovalNote } from '../approvals/PendingApprovalNote';

const Actions = () => {
  const ladder = useRecordContext<DunningLadder>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {ladder && ladder.status !== 'STOPPED' && <RecordPaymentButton householdId={ladder.householdId} variant="text" />}
      <LadderActionButtons />
    </TopToolbar>
  );
};

/** The household (to its file's Fees tab), its phone, the step and status. */
const Heading = () => {
  const ladder = useRecordContext<DunningLadder>();
  if (!ladder) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}>
      <Typography variant="h5" component="h1">
        <Link to={`/households/${ladder.householdId}/show/fees`}>{householdText(ladder.household) || `#${ladder.householdId}`}</Link>
      </Typography>
      {ladder.household?.phone && (
        <Typography variant="h6" component="span" color="text.secondary">
          {ladder.household.phone}
        </Typography>
      )}
      <LadderStepField />
      <LadderStatusField />
    </Box>
  );
};

/** Why the ladder is not moving (paused, held) or how it ended. */
const StateNotice = () => {
  const ladder = useRecordContext<DunningLadder>();
  const translate = useTranslate();
  const { formatDateTime } = useLocalized();
  if (!ladder) return null;
  const until = ladder.pausedUntil ? translate('estate.ladders.until_date', { until: formatDateTime(ladder.pausedUntil) }) : '';
  const pauseReason = ladder.pauseReason
    ? translate(enumLabel('ladderPauseReason', ladder.pauseReason), { _: ladder.pauseReason })
    : '';
  if (ladder.status === 'PAUSED' || ladder.status === 'HELD') {
    return (
      <Alert severity="warning" sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>
        <strong>{translate(`estate.ladders.state.${ladder.status}`)}</strong> {[pauseReason, until].filter(Boolean).join(' · ')}
        {ladder.holdComplaintId != null && (
          <>
            {' · '}
            <Link to={`/complaints/${ladder.holdComplaintId}/show`}>
              {translate('estate.ladders.complaint_link', { id: ladder.holdComplaintId })}
            </Link>
          </>
        )}
      </Alert>
    );
  }
  if (ladder.status === 'STOPPED') {
    return (
      <Alert severity={ladder.stopReason === 'paid' ? 'success' : 'info'} sx={{ mb: 2 }}>
        <strong>{translate('estate.ladders.state.STOPPED')}</strong>{' '}
        {ladder.stopReason ? translate(enumLabel('ladderStopReason', ladder.stopReason), { _: ladder.stopReason }) : ''}
        {ladder.stoppedAt ? ` · ${formatDateTime(ladder.stoppedAt)}` : ''}
      </Alert>
    );
  }
  return null;
};

/** The demand letter in the outbox (FEE-4), once sent. */
const LetterField = () => {
  const ladder = useRecordContext<DunningLadder>();
  const translate = useTranslate();
  if (!ladder?.letterMessageId) return <EmptyValue />;
  return <Link to={`/messages/${ladder.letterMessageId}/show`}>{translate('estate.ladders.open_letter')}</Link>;
};

/** The legal referral bundle (FEE-6) in the household file, to download. */
const BundleField = () => {
  const ladder = useRecordContext<DunningLadder>();
  if (!ladder?.bundleDocumentId) return <EmptyValue />;
  return (
    <RecordContextProvider value={{ id: ladder.bundleDocumentId, fileName: `legal-bundle-${ladder.id}.pdf` }}>
      <DownloadDocumentButton />
    </RecordContextProvider>
  );
};

/** The instalment agreement, when one was made: its instalments, total and note. */
const Agreement = () => {
  const ladder = useRecordContext<DunningLadder>();
  const translate = useTranslate();
  const { formatDay, formatMoney, formatDateTime } = useLocalized();
  const agreement = ladder?.agreement;
  if (!agreement) return null;
  const total = agreement.instalments.reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0) / 100;
  return (
    <Section title="estate.ladders.agreement">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('estate.ladders.agreement_made', { at: formatDateTime(agreement.madeAt) })}
        {agreement.note ? ` · ${agreement.note}` : ''}
      </Typography>
      <Table size="small" sx={{ maxWidth: 480 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('estate.ladders.due_date')}</TableCell>
            <TableCell align="right">{translate('estate.ladders.instalment_amount')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {agreement.instalments.map((row, index) => (
            <TableRow key={`${row.dueDate}-${index}`}>
              <TableCell>{formatDay(row.dueDate)}</TableCell>
              <TableCell align="right">{formatMoney(row.amount)}</TableCell>
            </TableRow>
          ))}
          <TableRow sx={{ '& > *': { fontWeight: 700 } }}>
            <TableCell>{translate('estate.figures.total')}</TableCell>
            <TableCell align="right">{formatMoney(total)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Section>
  );
};

const LadderCase = () => {
  const ladder = useRecordContext<DunningLadder>();
  if (!ladder) return null;
  return <CaseSection caseId={ladder.caseId} title="estate.ladders.case" live={ladder.status !== 'STOPPED'} />;
};

/**
 * One household's dunning ladder (FEE-3..6): who owes how much since when, where the ladder
 * stands and why, the agreement if any, the case's tasks (phone call, demand letter, home visit,
 * legal review) and its timeline. The buttons record a reason, an agreement or a dispute, and
 * for managers hold, release, skip a step or waive.
 */
/** A waiver asked for and waiting for a manager of another role. */
const WaiverWaiting = () => {
  const ladder = useRecordContext<DunningLadder>();
  if (!ladder || ladder.status === 'STOPPED') return null;
  return <PendingApprovalNote kind="WAIVER" householdId={ladder.householdId} matches={(a) => a.params.ladderId === ladder.id} />;
};

export const LadderShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <Heading />
      <LadderStepper />
      <StateNotice />
      <WaiverWaiting />
      <FieldGrid>
        <Labeled source="overdueAmount">
          <MoneyField source="overdueAmount" tone="debt" />
        </Labeled>
        <Labeled source="oldestDueDate">
          <DayField source="oldestDueDate" />
        </Labeled>
        <Labeled source="ageDays">
          <AgeField />
        </Labeled>
        <Labeled source="promisedDate">
          <DayField source="promisedDate" />
        </Labeled>
        <Labeled source="reason" sx={{ gridColumn: { lg: 'span 2' } }}>
          <TextField source="reason" emptyText="estate.common.none" sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
        <Labeled source="noticeAt">
          <DateTimeField source="noticeAt" />
        </Labeled>
        <Labeled source="letterMessageId">
          <LetterField />
        </Labeled>
        <Labeled source="bundleDocumentId">
          <BundleField />
        </Labeled>
        <Labeled source="startedAt">
          <DateTimeField source="startedAt" />
        </Labeled>
        <Labeled source="stepAt">
          <DateTimeField source="stepAt" />
        </Labeled>
      </FieldGrid>
      <Agreement />
      <LadderCase />
    </Box>
  </Show>
);
