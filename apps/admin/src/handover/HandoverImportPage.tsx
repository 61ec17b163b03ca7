import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { HttpError, Title, useGetList, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useState } from 'react';
import { handoverApi } from './api';

const newRequestId = () => `handover-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The developer's handover list: a CSV file of one estate, imported whole or not at all. */
export const HandoverImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { data: estates = [] } = useGetList('estates', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const [estateId, setEstateId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [requestId] = useState(newRequestId);

  const submit = async () => {
    if (!file || !estateId) return;
    setBusy(true);
    setProblems([]);
    try {
      const result = await handoverApi.importList({ estateId: Number(estateId), csv: await file.text(), fileName: file.name, requestId });
      notify('estate.handover.imported', { type: 'success', messageArgs: { count: result.notices } });
      redirect(`/handover-notices?filter=${encodeURIComponent(JSON.stringify({ importId: result.id }))}`);
    } catch (error) {
      // The refused lines, one per field of the answer ("csv.line 3"), in the order of the file.
      const errors = (error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined) ?? {};
      const lines = Object.entries(errors).flatMap(([field, text]) => (field !== 'root' && typeof text === 'string' ? [text] : []));
      setProblems(lines.length ? lines : [(error as Error).message]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ p: 2, maxWidth: 720 }}>
      <Title title="estate.handover.import_title" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('estate.handover.import_help')}
          </Typography>
          <TextField select fullWidth label={translate('estate.handover.estate')} value={estateId} onChange={(e) => setEstateId(e.target.value)} sx={{ mb: 2 }}>
            {estates.map((e) => (
              <MenuItem key={e.id} value={String(e.id)}>
                {e.name}
              </MenuItem>
            ))}
          </TextField>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
            {file ? file.name : translate('estate.handover.choose_file')}
            <input hidden type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </Button>
          <Box sx={{ mt: 2 }}>
            <Button variant="contained" disabled={!file || !estateId || busy} onClick={submit}>
              {translate('estate.handover.import')}
            </Button>
          </Box>
          {problems.length > 0 && (
            <Alert severity="error" sx={{ mt: 2 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>{translate('estate.handover.refused')}</Typography>
              {problems.map((p) => (
                <Typography key={p} variant="body2">{p}</Typography>
              ))}
            </Alert>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
