import AttachFileIcon from '@mui/icons-material/AttachFile';
import CancelIcon from '@mui/icons-material/Cancel';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Button, Chip, CircularProgress, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNotify, useTranslate, type Identifier } from 'react-admin';
import { errorMessage } from '../../common/errors';
import { newRequestId } from '../../common/requestId';
import { API_URL, httpClient } from '../../http';
import { withReply } from '../quick-replies/api';
import { QuickReplyButton } from '../quick-replies/QuickReplyButton';

/** The most files one note carries (the API's NOTE_MAX_FILES). */
const MAX_FILES = 5;
const MAX_LENGTH = 2000;
/** What the API keeps (common/uploads.ts); a phone's camera gives a JPEG. */
const ACCEPT = 'image/jpeg,image/png,application/pdf';

type FieldErrors = Record<string, string>;

/**
 * The note box of a case: an internal note, quick replies to start from, photos straight from a phone's
 * camera (`capture`) or files (photos, PDFs) chosen, all saved as one note with one request id, so a double
 * press stores it once. Its field errors are shown where they belong.
 */
export const NoteComposer = ({ caseId, process }: { caseId: Identifier; process?: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [requestId, setRequestId] = useState(() => newRequestId('note'));
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  const add = (list: FileList | null) => {
    const chosen = Array.from(list ?? []);
    if (!chosen.length) return;
    const next = [...files, ...chosen];
    setErrors(next.length > MAX_FILES ? { files: translate('estate.notes.too_many', { max: MAX_FILES }) } : {});
    setFiles(next.slice(0, MAX_FILES));
  };

  const save = async () => {
    if (!text.trim() && !files.length) return setErrors({ text: translate('estate.notes.empty') });
    const body = new FormData();
    body.append('text', text.trim());
    body.append('requestId', requestId);
    for (const file of files) body.append('files', file, file.name);
    setSending(true);
    try {
      await httpClient(`${API_URL}/cases/${caseId}/notes`, { method: 'POST', body });
      setText('');
      setFiles([]);
      setErrors({});
      setRequestId(newRequestId('note'));
      notify('estate.notes.saved', { type: 'success' });
      await Promise.all([client.invalidateQueries({ queryKey: ['case-notes', String(caseId)] }), client.invalidateQueries({ queryKey: ['timeline'] })]);
    } catch (error) {
      const fields = ((error as { body?: { errors?: unknown } }).body?.errors ?? {}) as FieldErrors;
      const own = Object.fromEntries(Object.entries(fields).filter(([field]) => field !== 'root').map(([field, message]) => [field.startsWith('files') ? 'files' : field, String(message)]));
      setErrors(Object.keys(own).length ? own : { files: errorMessage(error) });
      if (!Object.keys(own).length) notify(errorMessage(error), { type: 'error', messageArgs: { _: errorMessage(error) } });
    } finally {
      setSending(false);
    }
  };

  const fileInput = (ref: typeof camera, props: Record<string, unknown>) => (
    <input
      ref={ref}
      type="file"
      hidden
      {...props}
      onChange={(e) => {
        add(e.target.files);
        e.target.value = '';
      }}
    />
  );

  return (
    <Box sx={{ display: 'grid', gap: 1, maxWidth: 960 }} data-testid="note-composer">
      <TextField
        label={translate('estate.notes.label')}
        placeholder={translate('estate.notes.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        multiline
        minRows={3}
        fullWidth
        error={Boolean(errors.text)}
        helperText={errors.text ?? `${text.length} / ${MAX_LENGTH}`}
        slotProps={{ htmlInput: { maxLength: MAX_LENGTH } }}
      />
      {files.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {files.map((file, i) => (
            <Chip
              key={`${file.name}-${i}`}
              label={file.name}
              onDelete={() => setFiles(files.filter((_, j) => j !== i))}
              deleteIcon={<CancelIcon aria-label={translate('estate.notes.remove_file', { name: file.name })} />}
            />
          ))}
        </Box>
      )}
      {errors.files && <Alert severity="error">{errors.files}</Alert>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <QuickReplyButton process={process} onPick={(reply) => setText((current) => withReply(current, reply))} disabled={sending} />
        <Button size="small" variant="outlined" startIcon={<PhotoCameraIcon />} onClick={() => camera.current?.click()} disabled={sending || files.length >= MAX_FILES}>
          {translate('estate.notes.take_photo')}
        </Button>
        {fileInput(camera, { accept: 'image/jpeg,image/png', capture: 'environment', 'aria-label': translate('estate.notes.take_photo') })}
        <Button size="small" variant="outlined" startIcon={<AttachFileIcon />} onClick={() => picker.current?.click()} disabled={sending || files.length >= MAX_FILES}>
          {translate('estate.notes.add_file')}
        </Button>
        {fileInput(picker, { accept: ACCEPT, multiple: true, 'aria-label': translate('estate.notes.add_file') })}
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" startIcon={sending ? <CircularProgress size={16} color="inherit" /> : <SaveIcon />} onClick={() => void save()} disabled={sending}>
          {translate('estate.notes.save')}
        </Button>
      </Box>
    </Box>
  );
};
