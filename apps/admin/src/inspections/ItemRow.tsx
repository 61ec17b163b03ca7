import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import { Box, Button, Chip, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { newRequestId } from '../common/requestId';
import { useAsyncAction } from '../common/useAsyncAction';
import { inspectionsApi } from './api';
import { SignOffLine } from './SignOffLine';
import { CONDITIONS, type Condition, type InspectionItem } from './types';

/**
 * One item on the tablet: three large buttons (good, defect, not applicable); a defect asks for its note and
 * may take photos. Locked once a party has confirmed.
 */
export const ItemRow = ({ inspectionId, item, locked, onChange }: { inspectionId: number; item: InspectionItem; locked: boolean; onChange: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [condition, setCondition] = useState<Condition | null>(item.condition);
  const [note, setNote] = useState(item.note ?? '');
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setCondition(item.condition);
    setNote(item.note ?? '');
  }, [item.condition, item.note]);
  const save = useAsyncAction((c: Condition, n?: string) => inspectionsApi.record(inspectionId, item.id, c, n), { successMessage: 'estate.inspections.saved', onSuccess: onChange });
  const photo = useAsyncAction((f: File) => inspectionsApi.photo(inspectionId, item.id, f, newRequestId('photo')), { successMessage: 'estate.inspections.photo_added', onSuccess: onChange });
  const choose = (c: Condition | null) => {
    if (!c || locked) return;
    setCondition(c);
    if (c !== 'DEFECT') void save.run(c);
  };
  return (
    <Box data-item={`${item.roomCode}/${item.code}`} data-condition={item.condition ?? ''} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} alignItems={{ sm: 'center' }} justifyContent="space-between">
        <Typography variant="subtitle1" sx={{ fontWeight: 500 }}>
          {locale === 'zh' ? item.labelZh : item.labelEn}
        </Typography>
        <ToggleButtonGroup exclusive value={condition} onChange={(_, c) => choose(c)} disabled={locked || save.pending} size="large" sx={{ width: { xs: '100%', sm: 'auto' } }}>
          {CONDITIONS.map((c) => (
            <ToggleButton key={c} value={c} name={`condition-${c}`} color={c === 'DEFECT' ? 'error' : c === 'GOOD' ? 'success' : 'standard'} sx={{ flex: { xs: 1, sm: 'none' }, minWidth: { xs: 0, sm: 96 }, minHeight: 56 }}>
              {translate(`estate.inspections.condition.${c}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      {condition === 'DEFECT' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }} alignItems={{ sm: 'flex-start' }}>
          <TextField name="note" label={translate('estate.inspections.note')} value={note} onChange={(e) => setNote(e.target.value)} disabled={locked} multiline fullWidth size="medium" />
          {!locked && (
            <Button variant="contained" color="error" sx={{ minHeight: 56, minWidth: 120 }} disabled={save.pending || !note.trim()} onClick={() => void save.run('DEFECT', note.trim())}>
              {translate('estate.inspections.save_defect')}
            </Button>
          )}
          <input ref={file} type="file" hidden name={`photo-${item.id}`} accept="image/png,image/jpeg" capture="environment" onChange={(e) => { const f = e.target.files?.[0]; if (f) void photo.run(f); e.target.value = ''; }} />
          {item.condition === 'DEFECT' && (
            <Button variant="outlined" startIcon={<PhotoCameraIcon />} sx={{ minHeight: 56, minWidth: 120 }} disabled={photo.pending} onClick={() => file.current?.click()}>
              {translate('estate.inspections.photo', { smart_count: item.photos.length })}
            </Button>
          )}
        </Stack>
      )}
      {locked && item.condition === 'DEFECT' && item.repairOrderId !== null && !item.signedOffAt && <SignOffLine inspectionId={inspectionId} item={item} onChange={onChange} />}
      {item.signedOffAt && <Chip sx={{ mt: 1 }} color="success" label={translate('estate.inspections.signed_off', { name: item.signedOffBy ?? '' })} />}
    </Box>
  );
};
