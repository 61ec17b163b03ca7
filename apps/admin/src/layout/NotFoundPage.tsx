import HistoryIcon from '@mui/icons-material/History';
import { Box, Typography } from '@mui/material';
import { Button, Title, useTranslate } from 'react-admin';

/**
 * A mistyped address or a stale link. react-admin's own page appends a full stop to its sentence,
 * which doubles the one both languages' texts already end with.
 */
export const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', mt: 8 }}>
      <Title title="ra.page.not_found" />
      <Typography variant="h5" component="h1">
        {translate('ra.page.not_found')}
      </Typography>
      <Typography sx={{ my: 2 }}>{translate('ra.message.not_found')}</Typography>
      <Button variant="contained" label="ra.action.back" onClick={() => window.history.back()}>
        <HistoryIcon />
      </Button>
    </Box>
  );
};
