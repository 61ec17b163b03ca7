import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ChangeHistory } from '../../archive/history/ChangeHistory';

/** Who changed this staff account and how (role, department, active, password changes; never the password). */
export const StaffHistory = () => {
  const record = useRecordContext<{ id: number }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('estate.staff.history')}
      </Typography>
      <ChangeHistory filter={{ model: 'Staff', recordId: record.id }} />
    </Box>
  );
};
