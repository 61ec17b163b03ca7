import DownloadIcon from '@mui/icons-material/Download';
import { Button, Chip, Stack } from '@mui/material';
import { Datagrid, DateField, List, NumberField, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { saveBlob } from '../../http';
import { supervisionApi } from '../api';
import { summaryExporter } from './exportColumns';

const PdfButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      onClick={(event) => {
        event.stopPropagation();
        void supervisionApi.summaryPdf(record.id).then((blob) => saveBlob(blob, `unfinished-matters-${record.id}.pdf`));
      }}
    >
      {translate('estate.supervision.summaries.pdf')}
    </Button>
  );
};

/** Who the summary was e-mailed to, and whether it left. */
const Mailed = () => {
  const record = useRecordContext<RaRecord & { messages?: { id: number; recipientName: string | null; status: string }[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap">
      {(record?.messages ?? []).map((m) => (
        <Chip key={m.id} size="small" color={m.status === 'SENT' || m.status === 'DELIVERED' ? 'success' : m.status === 'FAILED' ? 'error' : 'default'} label={`${m.recipientName ?? ''} · ${translate(`estate.supervision.summaries.status.${m.status}`)}`} />
      ))}
    </Stack>
  );
};

/** REC-4: the weekly summaries of unfinished matters, each kept as a PDF. */
export const SummaryList = () => (
  <List sort={{ field: 'generatedAt', order: 'DESC' }} exporter={summaryExporter}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <NumberField source="id" />
      <DateField source="generatedAt" showTime options={{ timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }} />
      <NumberField source="openCount" />
      <NumberField source="overdueCount" sx={{ color: 'error.main', fontWeight: 600 }} />
      <Mailed />
      <PdfButton />
    </Datagrid>
  </List>
);
