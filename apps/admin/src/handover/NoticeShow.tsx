import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { Box, Button as MuiButton, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Labeled, Link, Show, SimpleShowLayout, TextField, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { permitted } from '../common/permissions';
import { handoverApi } from './api';
import type { HandoverNotice } from './types';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** Books (or moves) the unit's handover appointment; the buyer gets an SMS with the time and the documents. */
const Appointment = () => {
  const record = useRecordContext<HandoverNotice>();
  const { permissions } = usePermissions<string | undefined>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [from, setFrom] = useState('');
  const [minutes, setMinutes] = useState('30');
  if (!record) return null;
  const book = async () => {
    const start = new Date(from);
    try {
      await handoverApi.book(record.id, start.toISOString(), new Date(start.getTime() + Number(minutes) * 60_000).toISOString());
      notify('estate.handover.booked', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {record.appointmentFrom ? `${when(record.appointmentFrom)} – ${when(record.appointmentTo)}` : translate('estate.handover.not_booked')}
      </Typography>
      {permitted(permissions, 'handover-notices', 'edit') && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <MuiTextField type="datetime-local" size="small" label={translate('estate.handover.time')} value={from} onChange={(e) => setFrom(e.target.value)} InputLabelProps={{ shrink: true }} />
          <MuiTextField type="number" size="small" label={translate('estate.handover.minutes')} value={minutes} onChange={(e) => setMinutes(e.target.value)} sx={{ width: 120 }} />
          <MuiButton variant="contained" startIcon={<EventAvailableIcon />} disabled={!from || !(Number(minutes) > 0)} onClick={book}>
            {translate(record.appointmentFrom ? 'estate.handover.move' : 'estate.handover.book')}
          </MuiButton>
        </Box>
      )}
    </Box>
  );
};

const Messages = () => {
  const record = useRecordContext<HandoverNotice>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 2 }}>
      {record.smsMessageId && <Link to={`/messages/${record.smsMessageId}/show`}>{translate('estate.handover.sms')}</Link>}
      {record.letterMessageId && <Link to={`/messages/${record.letterMessageId}/show`}>{translate('estate.handover.letter')}</Link>}
    </Box>
  );
};

export const NoticeShow = () => (
  <Show>
    <SimpleShowLayout>
      <Labeled label="resources.handover-notices.fields.unit">
        <UnitText />
      </Labeled>
      <TextField source="buyerName" />
      <TextField source="idNumber" />
      <TextField source="phone" />
      <Labeled label="estate.handover.notice">
        <Messages />
      </Labeled>
      <Labeled label="resources.handover-notices.fields.appointmentFrom" fullWidth>
        <Appointment />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);

const UnitText = () => {
  const record = useRecordContext<HandoverNotice>();
  return <Typography variant="body2">{record ? `${record.unit.building.name} ${record.unit.number}` : ''}</Typography>;
};
