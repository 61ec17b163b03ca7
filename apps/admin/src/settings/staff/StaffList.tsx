import { Typography } from '@mui/material';
import { BooleanField, CreateButton, DataTable, ExportButton, List, TopToolbar, usePermissions, useTranslate } from 'react-admin';
import { EnumField } from '../../common/fields';
import { staffExporter } from './exportColumns';

/** CreateButton and row links hide themselves for non-administrators (authProvider.canAccess). */
const Actions = () => {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      {permissions !== 'ADMIN' && (
        <Typography variant="body2" color="text.secondary">
          {translate('estate.staff.admin_only')}
        </Typography>
      )}
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
};

export const StaffList = () => (
  <List sort={{ field: 'username', order: 'ASC' }} perPage={50} actions={<Actions />} exporter={staffExporter}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="displayName" />
      <DataTable.Col source="role">
        <EnumField source="role" enumName="role" />
      </DataTable.Col>
      <DataTable.Col source="department">
        <EnumField source="department" enumName="department" />
      </DataTable.Col>
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="language" disableSort>
        <EnumField source="language" enumName="language" />
      </DataTable.Col>
      <DataTable.Col source="active">
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
