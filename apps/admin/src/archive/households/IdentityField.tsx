import VisibilityIcon from '@mui/icons-material/Visibility';
import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, TextField, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { API_URL, httpClient } from '../../dataProvider';

/**
 * ARC-3: the identity number as the API sends it, masked; a role that may read it in full asks for it
 * (the API records who read it and when), and it shows until the page is left.
 */
export const IdentityField = () => {
  const record = useRecordContext<{ id: number; idNumber?: string | null }>();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'households', action: 'identity' });
  const [full, setFull] = useState<string | null>(null);
  if (!record) return null;
  const reveal = async () => {
    try {
      const { json } = await httpClient(`${API_URL}/households/${record.id}/identity`);
      setFull((json as { idNumber: string | null }).idNumber ?? '');
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      {full !== null ? <Typography variant="body2">{full}</Typography> : <TextField source="idNumber" emptyText="estate.common.none" />}
      {record.idNumber && full === null && canAccess && (
        <Button label="estate.household.identity.reveal" onClick={reveal} size="small">
          <VisibilityIcon />
        </Button>
      )}
      {full !== null && (
        <Typography variant="caption" color="text.secondary">
          {translate('estate.household.identity.recorded')}
        </Typography>
      )}
    </Box>
  );
};
