import VerifiedIcon from '@mui/icons-material/Verified';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Tooltip, Typography } from '@mui/material';
import { useFieldValue, useTranslate } from 'react-admin';
import { DateTimeField } from '../../common/fields';

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * When the contact details were last confirmed with the household (ARC-2: kept current).
 * Never or more than a year ago is flagged.
 */
export const VerifiedAtField = () => {
  const value = useFieldValue({ source: 'verifiedAt' });
  const translate = useTranslate();
  if (!value) {
    return (
      <Typography variant="body2" color="warning.main" component="span">
        {translate('estate.contacts.never_verified')}
      </Typography>
    );
  }
  const stale = Date.now() - new Date(value).getTime() > YEAR_MS;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <DateTimeField source="verifiedAt" />
      {stale ? (
        <Tooltip title={translate('estate.contacts.stale')}>
          <WarningAmberIcon fontSize="small" color="warning" />
        </Tooltip>
      ) : (
        <VerifiedIcon fontSize="small" color="success" />
      )}
    </Box>
  );
};
