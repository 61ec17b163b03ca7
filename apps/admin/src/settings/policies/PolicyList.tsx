import AddIcon from '@mui/icons-material/Add';
import { Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import {
  Button,
  CreateButton,
  DataTable,
  ExportButton,
  List,
  ReferenceField,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../../common/fields';
import type { Policy } from './types';
import { policyExporter } from './exportColumns';

const filters = [<TextInput key="key" source="key" alwaysOn />];

const Actions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('estate.policies.versioned')}
      </Typography>
      <CreateButton label="estate.policies.new" />
      <ExportButton />
    </TopToolbar>
  );
};

/** The data of a version, formatted. */
const DataField = () => {
  const record = useRecordContext<Policy>();
  if (!record) return null;
  return (
    <Typography
      component="pre"
      variant="caption"
      sx={{ m: 0, fontFamily: 'monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxWidth: 480 }}
    >
      {JSON.stringify(record.data, null, 2)}
    </Typography>
  );
};

/** "New version": the create form, filled with this version's key and data. */
const NewVersionButton = () => {
  const record = useRecordContext<Policy>();
  const navigate = useNavigate();
  if (!record) return null;
  return (
    <Button
      label="estate.policies.new_version"
      sx={{ whiteSpace: 'nowrap' }}
      onClick={() =>
        navigate('/policies/create', {
          state: { record: { key: record.key, dataJson: JSON.stringify(record.data, null, 2) } },
        })
      }
    >
      <AddIcon />
    </Button>
  );
};

/** Policies are data, versioned: each change is a new version; running cases keep theirs. */
export const PolicyList = () => (
  <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25} actions={<Actions />} exporter={policyExporter}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="key" />
      <DataTable.NumberCol source="version" />
      <DataTable.Col source="note" disableSort>
        <TextField source="note" emptyText="estate.common.none" />
      </DataTable.Col>
      <DataTable.Col source="createdById" disableSort>
        <ReferenceField source="createdById" reference="staff" link={false} emptyText="estate.common.none">
          <TextField source="displayName" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="data" disableSort>
        <DataField />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <NewVersionButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
