import EventBusyIcon from '@mui/icons-material/EventBusy';
import SpeedIcon from '@mui/icons-material/Speed';
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, DateField, Labeled, Link, NumberField, Show, SimpleShowLayout, TextField, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { permitted } from '../common/permissions';
import { custodyApi } from './api';
import { CustodyStatusField } from './fields';
import { ReadingDialog } from './ReadingDialog';
import { unitText, type Custody } from './types';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

const Actions = () => {
  const record = useRecordContext<Custody>();
  const { permissions } = usePermissions<string | undefined>();
  const [dialog, setDialog] = useState<'reading' | 'end' | null>(null);
  if (!record || record.status !== 'ACTIVE') return <TopToolbar />;
  return (
    <TopToolbar>
      {permitted(permissions, 'custody', 'edit') && (
        <Button label="estate.custody.record_reading" onClick={() => setDialog('reading')}>
          <SpeedIcon />
        </Button>
      )}
      {permitted(permissions, 'custody', 'create') && (
        <Button label="estate.custody.end" color="error" onClick={() => setDialog('end')}>
          <EventBusyIcon />
        </Button>
      )}
      <ReadingDialog open={dialog === 'reading'} onClose={() => setDialog(null)} title="estate.custody.record_reading" help="estate.custody.reading_help" submit={(v) => custodyApi.reading(record.id, v)} done="estate.custody.reading_done" />
      <ReadingDialog open={dialog === 'end'} onClose={() => setDialog(null)} title="estate.custody.end" help="estate.custody.end_help" submit={(v) => custodyApi.end(record.id, v)} done="estate.custody.end_done" />
    </TopToolbar>
  );
};

const Readings = () => {
  const record = useRecordContext<Custody>();
  const translate = useTranslate();
  if (!record?.readings.length) return <Typography color="text.secondary">{translate('estate.custody.no_readings')}</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['readAt', 'water', 'electricity', 'waterUsed', 'electricityUsed', 'alert'].map((f) => (
            <TableCell key={f}>{translate(`resources.custody.fields.${f}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {record.readings.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{when(r.readAt)}{r.closing ? ` · ${translate('estate.custody.closing')}` : ''}</TableCell>
            <TableCell>{r.water}</TableCell>
            <TableCell>{r.electricity}</TableCell>
            <TableCell>{r.waterUsed}</TableCell>
            <TableCell>{r.electricityUsed}</TableCell>
            <TableCell>{r.alert ? <Chip size="small" color="error" label={translate('estate.custody.alert')} /> : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Patrols = () => {
  const record = useRecordContext<Custody>();
  const translate = useTranslate();
  if (!record?.patrols.length) return <Typography color="text.secondary">{translate('estate.custody.no_patrols')}</Typography>;
  const state = (p: Custody['patrols'][number]) => (p.doneAt ? (p.problem ? 'problem' : 'ok') : p.cancelledAt ? 'withdrawn' : 'open');
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['kind', 'openedAt', 'doneAt', 'result', 'findings', 'inspectionId', 'repairOrderId'].map((f) => (
            <TableCell key={f}>{translate(`resources.custody.fields.patrol_${f}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {record.patrols.map((p) => (
          <TableRow key={p.id}>
            <TableCell>{translate(`estate.custody.patrol_kind.${p.kind}`)}</TableCell>
            <TableCell>{when(p.openedAt)}</TableCell>
            <TableCell>{when(p.doneAt)}</TableCell>
            <TableCell>{translate(`estate.custody.patrol_state.${state(p)}`)}</TableCell>
            <TableCell>{p.findings ?? '—'}</TableCell>
            <TableCell>{p.inspectionId ? <Link to={`/inspections/${p.inspectionId}/show`}>{translate('estate.custody.walk')}</Link> : '—'}</TableCell>
            <TableCell>{p.repairOrderId ? <Link to={`/repairs/${p.repairOrderId}/show`}>#{p.repairOrderId}</Link> : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** MOV-7: a custody with its agreement, readings and patrols; readings and the owner's end are recorded here. */
export const CustodyShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        <Labeled label="resources.custody.fields.unit">
          <FunctionText render={(r) => unitText(r)} />
        </Labeled>
        <Labeled label="resources.custody.fields.household">
          <FunctionText render={(r) => `${r.household.name} · ${r.household.phone}`} />
        </Labeled>
        <Labeled source="agreementNo">
          <TextField source="agreementNo" />
        </Labeled>
        <Labeled source="signedOn">
          <DateField source="signedOn" />
        </Labeled>
        <Labeled label="resources.custody.fields.status">
          <CustodyStatusField />
        </Labeled>
        <Labeled source="startedAt">
          <DateField source="startedAt" showTime />
        </Labeled>
        <Labeled source="endedAt">
          <DateField source="endedAt" showTime emptyText="—" />
        </Labeled>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        {(['startWater', 'startElectricity', 'endWater', 'endElectricity'] as const).map((source) => (
          <Labeled key={source} source={source}>
            <NumberField source={source} emptyText="—" />
          </Labeled>
        ))}
      </Box>
      <TextField source="notes" emptyText="—" />
      <Labeled label="estate.custody.readings" fullWidth>
        <Readings />
      </Labeled>
      <Labeled label="estate.custody.patrols" fullWidth>
        <Patrols />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);

const FunctionText = ({ render }: { render: (r: Custody) => string }) => {
  const record = useRecordContext<Custody>();
  return <Typography variant="body2">{record ? render(record) : ''}</Typography>;
};
