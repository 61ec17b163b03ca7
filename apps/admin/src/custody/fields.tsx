import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Custody } from './types';

export const CustodyStatusField = () => {
  const record = useRecordContext<Custody>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" variant="outlined" color={record.status === 'ACTIVE' ? 'primary' : 'default'} label={translate(`estate.custody.status.${record.status}`)} />;
};
