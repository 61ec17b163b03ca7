import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import { Box, Button, CircularProgress, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNotify, usePermissions, useTranslate, type Identifier } from 'react-admin';
import { errorMessage } from '../../common/errors';
import { permitted } from '../../common/permissions';
import { newRequestId } from '../../common/requestId';
import { API_URL, httpClient } from '../../http';
import { AttachmentThumb, type AttachmentRef } from './AttachmentThumb';

/**
 * The photos and scans kept on a case (the leak the resident reported, the work done, a letter): shown
 * as thumbnails; anyone working the case adds one with a note, from a desk or a phone's camera.
 */
export const CaseAttachments = ({ caseId }: { caseId: Identifier }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const { permissions } = usePermissions<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const key = ['case-attachments', caseId];
  const { data = [] } = useQuery({ queryKey: key, queryFn: async () => (await httpClient(`${API_URL}/cases/${caseId}/attachments`)).json as AttachmentRef[] });

  const upload = async (file: File) => {
    const form = new FormData();
    if (note.trim()) form.append('note', note.trim());
    form.append('requestId', newRequestId('attachment'));
    form.append('file', file, file.name);
    setSending(true);
    try {
      await httpClient(`${API_URL}/cases/${caseId}/attachments`, { method: 'POST', body: form });
      setNote('');
      notify('estate.cases.attachments.added', { type: 'success' });
      await client.invalidateQueries({ queryKey: key });
      // The timeline lists it too.
      await client.invalidateQueries({ queryKey: ['timeline'] });
    } catch (error) {
      const text = errorMessage(error);
      notify(text, { type: 'error', messageArgs: { _: text } });
    } finally {
      setSending(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('estate.cases.attachments.title')}
      </Typography>
      {data.length ? (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mb: 1 }}>
          {data.map((item) => (
            <AttachmentThumb key={item.id} caseId={caseId} item={item} />
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('estate.cases.attachments.none')}
        </Typography>
      )}
      {permitted(permissions, 'cases', 'attach') && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <TextField size="small" label={translate('estate.cases.attachments.note')} value={note} onChange={(e) => setNote(e.target.value)} sx={{ minWidth: 220 }} />
          <Button variant="outlined" startIcon={sending ? <CircularProgress size={16} /> : <AddPhotoAlternateIcon />} disabled={sending} onClick={() => input.current?.click()}>
            {translate('estate.cases.attachments.add')}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            accept="image/png,image/jpeg,application/pdf"
            aria-label={translate('estate.cases.attachments.add')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
        </Box>
      )}
    </Box>
  );
};
