import { Box, Typography } from '@mui/material';
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { EmptyLine } from '../../common/SubRecordsTab';
import { LendFileButton } from './LendFileButton';
import { loanColumns } from './LoanColumns';
import { loanTableSx, overdueRowSx } from './types';

/** The lending register of this household's file (ARC-3). */
export const FileLoansTab = () => {
  const translate = useTranslate();
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('estate.loans.confidential')}
        </Typography>
        <LendFileButton />
      </Box>
      <ReferenceManyField
        reference="file-loans"
        target="householdId"
        sort={{ field: 'lentAt', order: 'DESC' }}
        perPage={50}
        empty={<EmptyLine message="estate.loans.empty" />}
      >
        <DataTable bulkActionButtons={false} rowClick={false} rowSx={overdueRowSx} sx={loanTableSx}>
          {loanColumns}
        </DataTable>
      </ReferenceManyField>
    </>
  );
};
