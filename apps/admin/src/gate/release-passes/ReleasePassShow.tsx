import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Labeled, Show, SimpleShowLayout, TextField as RaTextField, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { PdfButton } from '../../common/PdfButton';
import { Section } from '../../common/Section';
import { useAsyncAction } from '../../common/useAsyncAction';
import { gateApi } from '../api';
import { ChecklistPanel } from '../checklists/ChecklistPanel';
import type { ReleasePass } from '../types';
import { HouseholdText, ItemsField, StatusField, WindowField } from './fields';

const RevokeButton = ({ record }: { record: ReleasePass }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { run, pending } = useAsyncAction(() => gateApi.revoke(record.id, reason), { successMessage: 'estate.gate.actions.revoked', onSuccess: () => setOpen(false) });
  return (
    <>
      <Button color="error" onClick={() => setOpen(true)}>
        {translate('estate.gate.actions.revoke')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('estate.gate.actions.revoke')}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth multiline minRows={2} name="reason" label={translate('estate.gate.actions.revoke_reason')} value={reason} onChange={(e) => setReason(e.target.value)} sx={{ mt: 1 }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('estate.gate.actions.cancel')}</Button>
          <Button color="error" variant="contained" disabled={pending || !reason.trim()} onClick={() => void run()}>
            {translate('estate.gate.actions.revoke')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** Issue (when every required document is checked), print, revoke: each waits for the API. */
const Actions = () => {
  const record = useRecordContext<ReleasePass>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'release-passes', action: 'edit' });
  const issue = useAsyncAction(() => gateApi.issue(record!.id), { successMessage: 'estate.gate.actions.issued' });
  if (!record) return null;
  return (
    <TopToolbar>
      {canAccess && record.status === 'APPLIED' && (
        <Button variant="contained" disabled={!record.complete || issue.pending} onClick={() => void issue.run()}>
          {translate('estate.gate.actions.issue')}
        </Button>
      )}
      {record.pass && <PdfButton label="estate.gate.actions.print" load={() => gateApi.passPdf(record.id)} variant="outlined" />}
      {canAccess && record.status === 'ISSUED' && <RevokeButton record={record} />}
    </TopToolbar>
  );
};

const ChecklistSection = () => {
  const record = useRecordContext<ReleasePass>();
  const { canAccess } = useCanAccess({ resource: 'release-passes', action: 'edit' });
  if (!record?.checklist) return null;
  return (
    <Section title="estate.gate.sections.checklist">
      <ChecklistPanel checklist={record.checklist} canCheck={canAccess === true && record.status === 'APPLIED'} />
    </Section>
  );
};

/** REC-3: one release pass: the applicant, the items and window, the documents checked, the pass. */
export const ReleasePassShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} flexWrap="wrap" useFlexGap>
        <Labeled source="status">
          <StatusField />
        </Labeled>
        <Labeled source="number">
          <RaTextField source="pass.number" emptyText="—" />
        </Labeled>
        <Labeled source="householdId">
          <HouseholdText />
        </Labeled>
        <Labeled source="applicantKind">
          <ApplicantKind />
        </Labeled>
        <Labeled source="applicantName">
          <RaTextField source="applicantName" />
        </Labeled>
        <Labeled source="applicantPhone">
          <RaTextField source="applicantPhone" />
        </Labeled>
      </Stack>
      <Labeled source="items">
        <ItemsField />
      </Labeled>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3}>
        <Labeled source="window">
          <WindowField />
        </Labeled>
        <Labeled source="vehicle">
          <RaTextField source="vehicle" emptyText="—" />
        </Labeled>
      </Stack>
      <ChecklistSection />
    </SimpleShowLayout>
  </Show>
);

const ApplicantKind = () => {
  const record = useRecordContext<ReleasePass>();
  const translate = useTranslate();
  return <>{record ? translate(`estate.gate.applicant.${record.applicantKind}`) : null}</>;
};
