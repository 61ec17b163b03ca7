import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import type { Readings } from './api';

/** Asks for the water and electricity readings (a reading during custody, or the closing ones). */
export const ReadingDialog = ({ open, onClose, title, help, submit, done }: { open: boolean; onClose: () => void; title: string; help: string; submit: (values: Readings) => Promise<unknown>; done: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [water, setWater] = useState('');
  const [electricity, setElectricity] = useState('');
  const [busy, setBusy] = useState(false);
  const valid = water !== '' && electricity !== '' && Number(water) >= 0 && Number(electricity) >= 0;
  const send = async () => {
    setBusy(true);
    try {
      await submit({ water: Number(water), electricity: Number(electricity) });
      notify(done, { type: 'success' });
      refresh();
      onClose();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(help)}
        </Typography>
        <TextField label={translate('resources.custody.fields.water')} type="number" value={water} onChange={(e) => setWater(e.target.value)} fullWidth margin="dense" inputProps={{ min: 0, step: 0.01 }} />
        <TextField label={translate('resources.custody.fields.electricity')} type="number" value={electricity} onChange={(e) => setElectricity(e.target.value)} fullWidth margin="dense" inputProps={{ min: 0, step: 0.01 }} />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" disabled={!valid || busy} onClick={send}>
          {translate('ra.action.save')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
