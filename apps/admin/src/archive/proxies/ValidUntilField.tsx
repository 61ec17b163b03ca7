import { Box, Chip } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { DayField } from '../../common/fields';

const today = () => new Date().toISOString().slice(0, 10);

/** The last day of the authority; an expired one is flagged. */
export const ValidUntilField = () => {
  const value = useFieldValue({ source: 'validUntil' });
  const translate = useTranslate();
  const expired = typeof value === 'string' && value.slice(0, 10) < today();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <DayField source="validUntil" />
      {expired && <Chip size="small" color="warning" variant="outlined" label={translate('estate.proxies.expired')} />}
    </Box>
  );
};
