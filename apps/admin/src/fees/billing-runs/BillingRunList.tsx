import { Box, Typography } from '@mui/material';
import { DataTable, ExportButton, FilterButton, List, NumberField, SelectInput, TopToolbar, useRecordContext, type RaRecord } from 'react-admin';
import { BILLING_RUN_STATUS_COLORS, choices } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { MoneyField, PeriodField, StaffNameField } from '../fields';
import { PeriodInput } from '../inputs';
import type { BillingRun } from '../types';
import { RunNowButton } from './RunNowButton';
import { SchedulePanel } from './SchedulePanel';
import { billingRunExporter } from './exportColumns';

const filters = [
  <PeriodInput key="period" source="period" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('billingRunStatus')} alwaysOn />,
];

const Actions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <RunNowButton />
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

/** The status; a failed run with its error. */
const RunStatusField = () => {
  const run = useRecordContext<BillingRun>();
  if (!run) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
      <EnumField source="status" enumName="billingRunStatus" colors={BILLING_RUN_STATUS_COLORS} />
      {run.error && (
        <Typography variant="caption" color="error" sx={{ maxWidth: 320, whiteSpace: 'pre-wrap' }}>
          {run.error}
        </Typography>
      )}
    </Box>
  );
};

/** Read again every few seconds while a run is going on. */
const whileRunning = (query: { state: { data?: { data?: RaRecord[] } } }) =>
  query.state.data?.data?.some((run) => run.status === 'RUNNING') ? 3000 : false;

const failedRowSx = (record: RaRecord) => (record.status === 'FAILED' ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : {});

/** The billing runs (FEE-1), newest first, under the schedule that starts them every month. */
export const BillingRunList = () => (
  <List
    filters={filters}
    sort={{ field: 'startedAt', order: 'DESC' }}
    perPage={25}
    actions={<Actions />}
    exporter={billingRunExporter}
    queryOptions={{ refetchInterval: whileRunning }}
    empty={false}
  >
    <SchedulePanel />
    <DataTable bulkActionButtons={false} rowClick={false} rowSx={failedRowSx}>
      <DataTable.Col source="period">
        <PeriodField />
      </DataTable.Col>
      <DataTable.Col source="trigger" disableSort>
        <EnumField source="trigger" enumName="billingTrigger" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <RunStatusField />
      </DataTable.Col>
      <DataTable.Col source="startedAt">
        <DateTimeField source="startedAt" />
      </DataTable.Col>
      <DataTable.Col source="finishedAt" disableSort>
        <DateTimeField source="finishedAt" />
      </DataTable.Col>
      <DataTable.Col source="households" align="right" disableSort>
        <NumberField source="households" />
      </DataTable.Col>
      <DataTable.Col source="billsIssued" align="right" disableSort>
        <NumberField source="billsIssued" />
      </DataTable.Col>
      <DataTable.Col source="noticesQueued" align="right" disableSort>
        <NumberField source="noticesQueued" />
      </DataTable.Col>
      <DataTable.Col source="amountIssued" align="right" disableSort>
        <MoneyField source="amountIssued" />
      </DataTable.Col>
      <DataTable.Col source="startedBy" disableSort>
        <StaffNameField source="startedBy" />
      </DataTable.Col>
    </DataTable>
  </List>
);
