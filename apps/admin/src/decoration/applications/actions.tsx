import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { PdfButton } from '../../common/PdfButton';
import { newRequestId } from '../../common/requestId';
import { useAsyncAction } from '../../common/useAsyncAction';
import { decorationApi } from '../api';
import type { Decoration } from '../types';

/** A button that asks for a text (a reason, the violation's notes) and, for a violation, an optional photo. */
const AskButton = ({ label, field, color, act, withPhoto = false }: { label: string; field: string; color: 'error' | 'primary'; act: (text: string, photo: File | null) => Promise<unknown>; withPhoto?: boolean }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const { run, pending } = useAsyncAction(() => act(text.trim(), photo), { successMessage: `${label}_done`, onSuccess: () => setOpen(false) });
  return (
    <>
      <Button color={color} onClick={() => setOpen(true)}>
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate(label)}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth multiline minRows={2} name={field} label={translate(`estate.decoration.actions.${field}`)} value={text} onChange={(e) => setText(e.target.value)} sx={{ mt: 1 }} />
          {withPhoto && <input type="file" name="photo" accept="image/png,image/jpeg,application/pdf" onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} style={{ marginTop: 12 }} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('estate.gate.actions.cancel')}</Button>
          <Button color={color} variant="contained" disabled={pending || !text.trim()} onClick={() => void run()}>
            {translate(label)}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** DEC-2: the housing authority's approval document, uploaded and filed on the household's file. */
const AuthorityButton = ({ record }: { record: Decoration }) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const { run, pending } = useAsyncAction((f: File) => decorationApi.authority(record.id, f, newRequestId('authority')), { successMessage: 'estate.decoration.actions.authority_done' });
  return (
    <>
      <input ref={input} type="file" hidden name="authority" accept="application/pdf,image/png,image/jpeg" onChange={(e) => { const f = e.target.files?.[0]; if (f) void run(f); e.target.value = ''; }} />
      <Button variant="contained" disabled={pending} onClick={() => input.current?.click()}>
        {translate('estate.decoration.actions.authority')}
      </Button>
    </>
  );
};

/** Filing, the authority's approval, the permit, a violation, lifting a stop, the end of works: each waits for the API. */
export const DecorationActions = () => {
  const record = useRecordContext<Decoration>();
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'decorations', action: 'create' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'decorations', action: 'edit' });
  const { canAccess: canLift } = useCanAccess({ resource: 'decorations', action: 'lift' });
  const file = useAsyncAction(() => decorationApi.file(record!.id), { successMessage: 'estate.decoration.actions.file_done' });
  const finish = useAsyncAction(() => decorationApi.finish(record!.id), { successMessage: 'estate.decoration.actions.finish_done' });
  if (!record) return null;
  const running = record.status === 'ACTIVE' || record.status === 'STOPPED';
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {canCreate && record.status === 'DOCUMENTS' && (
        <Button variant="contained" disabled={!record.complete || file.pending} onClick={() => void file.run()}>
          {translate('estate.decoration.actions.file')}
        </Button>
      )}
      {canCreate && record.waitingFor === 'AUTHORITY' && <AuthorityButton record={record} />}
      {record.permitNumber && <PdfButton label="estate.decoration.actions.print" load={() => decorationApi.permitPdf(record.id)} variant="outlined" />}
      {canEdit && running && (
        <AskButton
          label="estate.decoration.actions.violation"
          field="notes"
          color="error"
          withPhoto
          act={async (notes, photo) => {
            const ids = photo && record.caseId ? [(await decorationApi.attachPhoto(record.caseId, photo, notes)).id] : [];
            return decorationApi.violation(record.id, notes, ids);
          }}
        />
      )}
      {canLift && record.status === 'STOPPED' && <AskButton label="estate.decoration.actions.lift" field="reason" color="primary" act={(reason) => decorationApi.lift(record.id, reason)} />}
      {canEdit && record.status === 'ACTIVE' && (
        <Button disabled={finish.pending} onClick={() => void finish.run()}>
          {translate('estate.decoration.actions.finish')}
        </Button>
      )}
    </TopToolbar>
  );
};
