import { Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useAsyncAction } from '../common/useAsyncAction';
import { inspectionsApi } from './api';
import type { Inspection, Party } from './types';

const PartyLine = ({ inspection, party, onChange }: { inspection: Inspection; party: Party; onChange: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [name, setName] = useState('');
  const done = inspection.confirmations.find((c) => c.party === party.code);
  const confirm = useAsyncAction(() => inspectionsApi.confirm(inspection.id, party.code, name.trim()), { successMessage: 'estate.inspections.confirmed', onSuccess: onChange });
  const label = locale === 'zh' ? party.label.zh : party.label.en;
  if (done) return <Typography data-party={party.code}>{translate('estate.inspections.confirmed_by', { party: label, name: done.name })}</Typography>;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} data-party={party.code}>
      <TextField name={`confirm-${party.code}`} label={translate('estate.inspections.confirm_name', { party: label })} value={name} onChange={(e) => setName(e.target.value)} fullWidth />
      <Button variant="contained" sx={{ minHeight: 56, minWidth: 160 }} disabled={!name.trim() || confirm.pending} onClick={() => void confirm.run()}>
        {translate('estate.inspections.confirm', { party: label })}
      </Button>
    </Stack>
  );
};

/** Each party confirms the whole inspection in its name (the API refuses while an item or a meter is missing). */
export const ConfirmPanel = ({ inspection, onChange }: { inspection: Inspection; onChange: () => void }) => (
  <Stack spacing={1.5}>
    {inspection.parties.map((p) => (
      <PartyLine key={p.code} inspection={inspection} party={p} onChange={onChange} />
    ))}
  </Stack>
);
