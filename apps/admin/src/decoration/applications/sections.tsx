import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCanAccess, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../../common/Section';
import { ChecklistPanel } from '../../gate/checklists/ChecklistPanel';
import { chinaTime } from '../../gate/types';
import { decorationApi } from '../api';
import { hours, type Decoration, type DecorationWorker } from '../types';

/** What the case waits for, a refusal, a stop: said in words at the top. */
export const Notices = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  if (!record) return null;
  const open = record.violations.find((v) => !v.liftedAt);
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {record.status === 'DOCUMENTS' && !record.complete && <Alert severity="warning">{translate('estate.decoration.notice.documents')}</Alert>}
      {record.waitingFor === 'AUTHORITY' && <Alert severity="warning" data-testid="waiting-authority">{translate('estate.decoration.notice.authority')}</Alert>}
      {record.status === 'REFUSED' && <Alert severity="info">{translate('estate.decoration.notice.refused', { reason: record.refusalReason ?? '—' })}</Alert>}
      {record.status === 'STOPPED' && open && <Alert severity="error">{translate('estate.decoration.notice.stopped', { notes: open.notes })}</Alert>}
    </Stack>
  );
};

export const ChecklistSection = () => {
  const record = useRecordContext<Decoration>();
  const { canAccess } = useCanAccess({ resource: 'decorations', action: 'create' });
  if (!record?.checklist) return null;
  return (
    <Section title="estate.decoration.sections.documents">
      <ChecklistPanel checklist={record.checklist} canCheck={canAccess === true && record.status === 'DOCUMENTS'} />
    </Section>
  );
};

/** DEC-6: the department's own time and the time waiting for the applicant, apart. */
export const ApprovalSection = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const rows: [string, string][] = [
    ['estate.decoration.approval.department', translate('estate.decoration.hours', { hours: hours(record.departmentMs) })],
    ['estate.decoration.approval.applicant', translate('estate.decoration.hours', { hours: hours(record.applicantMs) })],
    ['estate.decoration.approval.approved', record.approvedAt ? chinaTime(record.approvedAt, locale) : '—'],
    ['estate.decoration.approval.review', record.planReviewNote ?? '—'],
    ['estate.decoration.approval.fees', record.feeAmount === null ? '—' : translate('estate.decoration.fees', { fee: record.feeAmount.toFixed(2), deposit: (record.depositAmount ?? 0).toFixed(2) })],
    ['estate.decoration.approval.deposit', `${translate(`estate.decoration.deposit.${record.deposit}`)}${record.depositReason ? ` · ${record.depositReason}` : ''}`],
  ];
  return (
    <Section title="estate.decoration.sections.approval">
      <Table size="small">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell sx={{ width: 220, color: 'text.secondary' }}>{translate(label)}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

/** DEC-3: a worker's identity number masked, shown in full on demand to a role that may (the read is recorded). */
const IdentityCell = ({ worker }: { worker: DecorationWorker }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'decorations', action: 'identity' });
  const [full, setFull] = useState<string | null>(null);
  return (
    <>
      {full ?? worker.idNumber}
      {canAccess && !full && (
        <Button size="small" onClick={() => void decorationApi.identity(worker.id).then((r) => setFull(r.idNumber))}>
          {translate('estate.decoration.show_id')}
        </Button>
      )}
    </>
  );
};

export const WorkersSection = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Section title="estate.decoration.sections.workers">
      <Table size="small" sx={{ overflowX: 'auto', display: 'block' }}>
        <TableHead>
          <TableRow>
            {['worker_name', 'worker_id', 'worker_trade', 'pass_number', 'pass_code', 'pass_valid'].map((f) => (
              <TableCell key={f}>{translate(`resources.decorations.fields.${f}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {record.workers.map((w) => (
            <TableRow key={w.id}>
              <TableCell>{w.name}</TableCell>
              <TableCell><IdentityCell worker={w} /></TableCell>
              <TableCell>{w.trade ?? '—'}</TableCell>
              <TableCell>{w.pass?.number ?? translate('estate.decoration.no_pass')}</TableCell>
              <TableCell>{w.pass?.code ?? '—'}</TableCell>
              <TableCell>{w.pass ? `${chinaTime(w.pass.validFrom, locale)} – ${chinaTime(w.pass.validTo, locale)}` : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

export const ViolationsSection = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.violations.length) return null;
  return (
    <Section title="estate.decoration.sections.violations">
      {record.violations.map((v) => (
        <Alert key={v.id} severity={v.liftedAt ? 'info' : 'error'} sx={{ mb: 1 }}>
          <Typography variant="body2">{`${chinaTime(v.foundAt, locale)} · ${v.notes}${v.attachmentIds.length ? ` · ${translate('estate.decoration.photos', { smart_count: v.attachmentIds.length })}` : ''}`}</Typography>
          {v.liftedAt && <Typography variant="body2">{translate('estate.decoration.lifted', { at: chinaTime(v.liftedAt, locale), reason: v.liftReason ?? '' })}</Typography>}
        </Alert>
      ))}
    </Section>
  );
};

/** DEC-5: the acceptance inspection walked on a tablet or phone (the inspection core's page). */
export const AcceptanceSection = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  if (!record?.acceptance) return null;
  return (
    <Section title="estate.decoration.sections.acceptance">
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="body2">{translate(record.acceptance.status === 'CONFIRMED' ? 'estate.decoration.acceptance.confirmed' : 'estate.decoration.acceptance.open')}</Typography>
        <Button variant="outlined" component={Link} to={`/inspections/${record.acceptance.id}/show`}>
          {translate('estate.decoration.acceptance.walk')}
        </Button>
      </Stack>
    </Section>
  );
};
