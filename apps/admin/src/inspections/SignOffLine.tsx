import { Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useAsyncAction } from '../common/useAsyncAction';
import { inspectionsApi } from './api';
import type { InspectionItem } from './types';

/** MOV-6: at the re-inspection, the owner signs off a rectified defect in their name (the API refuses one not yet rectified). */
export const SignOffLine = ({ inspectionId, item, onChange }: { inspectionId: number; item: InspectionItem; onChange: () => void }) => {
  const translate = useTranslate();
  const [name, setName] = useState('');
  const signOff = useAsyncAction(() => inspectionsApi.signOff(inspectionId, item.id, name.trim()), { successMessage: 'estate.inspections.signed', onSuccess: onChange });
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }}>
      <TextField name={`sign-off-${item.id}`} label={translate('estate.inspections.sign_off_name')} value={name} onChange={(e) => setName(e.target.value)} />
      <Button variant="contained" color="success" sx={{ minHeight: 56, minWidth: 140 }} disabled={!name.trim() || signOff.pending} onClick={() => void signOff.run()}>
        {translate('estate.inspections.sign_off')}
      </Button>
    </Stack>
  );
};
