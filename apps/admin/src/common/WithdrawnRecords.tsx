import { Box, FormControlLabel, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { DataTable, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from './fields';

/**
 * The withdrawn records of one household's sub-resource (ARC-1: withdrawn, never deleted), behind a switch:
 * what each was, when and by whom it was withdrawn, and why.
 */
export const WithdrawnRecords = ({ reference, nameSource = 'name' }: { reference: string; nameSource?: string }) => {
  const translate = useTranslate();
  const [shown, setShown] = useState(false);
  return (
    <Box sx={{ mt: 1 }}>
      <FormControlLabel
        control={<Switch size="small" checked={shown} onChange={(event) => setShown(event.target.checked)} />}
        label={<Typography variant="body2">{translate('estate.withdrawal.show')}</Typography>}
      />
      {shown && (
        <ReferenceManyField
          reference={reference}
          target="householdId"
          filter={{ withdrawn: true }}
          sort={{ field: 'withdrawnAt', order: 'DESC' }}
          perPage={100}
          empty={
            <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
              {translate('estate.withdrawal.none')}
            </Typography>
          }
        >
          <DataTable bulkActionButtons={false} rowClick={false} sx={{ '& td': { color: 'text.secondary' } }}>
            <DataTable.Col source={nameSource} />
            <DataTable.Col source="withdrawnAt" label="estate.withdrawal.fields.withdrawnAt">
              <DateTimeField source="withdrawnAt" />
            </DataTable.Col>
            <DataTable.Col source="withdrawnByName" label="estate.withdrawal.fields.withdrawnById" disableSort>
              <TextField source="withdrawnByName" emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="withdrawalReason" label="estate.withdrawal.fields.withdrawalReason" disableSort />
          </DataTable>
        </ReferenceManyField>
      )}
    </Box>
  );
};
