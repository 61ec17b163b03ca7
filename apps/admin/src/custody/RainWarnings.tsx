import WbSunnyIcon from '@mui/icons-material/WbSunny';
import { Typography } from '@mui/material';
import { Button, Create, CreateButton, DataTable, DateField, DateTimeInput, ExportButton, List, required, SimpleForm, TextInput, TopToolbar, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { permitted } from '../common/permissions';
import { custodyApi } from './api';
import { rainWarningExporter } from './exportColumns';

interface RainWarning {
  id: number;
  note: string;
  expectedEnd: string;
  overAt: string | null;
  createdAt: string;
  _count: { patrols: number };
}

/** The rain is over: the patrols after it go out now (otherwise at the expected end). */
const OverButton = () => {
  const record = useRecordContext<RainWarning>();
  const { permissions } = usePermissions<string | undefined>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record || record.overAt || !permitted(permissions, 'rain-warnings', 'create')) return null;
  return (
    <Button
      label="estate.custody.rain_over"
      onClick={async (event) => {
        event.stopPropagation();
        try {
          await custodyApi.rainOver(record.id);
          notify('estate.custody.rain_over_done', { type: 'success' });
          refresh();
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        }
      }}
    >
      <WbSunnyIcon />
    </Button>
  );
};

/** MOV-7: heavy-rain warnings and their patrols, before and after the rain. */
export const RainWarningList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} exporter={rainWarningExporter} actions={<TopToolbar><CreateButton label="estate.custody.new_rain" /><ExportButton /></TopToolbar>}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="createdAt" field={DateField} />
      <DataTable.Col source="note" />
      <DataTable.Col source="expectedEnd" render={(r: RainWarning) => new Date(r.expectedEnd).toLocaleString()} />
      <DataTable.Col source="overAt" render={(r: RainWarning) => (r.overAt ? new Date(r.overAt).toLocaleString() : '—')} />
      <DataTable.Col source="patrols" render={(r: RainWarning) => r._count.patrols} disableSort />
      <DataTable.Col label=" " render={() => <OverButton />} disableSort />
    </DataTable>
  </List>
);

const newRequestId = () => `rain-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** A supervisor records a heavy-rain warning: every unit in custody gets a patrol before and one after the rain. */
export const RainWarningCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list" mutationMode="pessimistic" transform={(data: Record<string, unknown>) => ({ ...data, expectedEnd: data.expectedEnd ? new Date(String(data.expectedEnd)).toISOString() : data.expectedEnd })}>
      <SimpleForm defaultValues={{ requestId: newRequestId() }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('estate.custody.rain_help')}
        </Typography>
        <TextInput source="note" validate={required()} multiline fullWidth />
        <DateTimeInput source="expectedEnd" validate={required()} />
      </SimpleForm>
    </Create>
  );
};
