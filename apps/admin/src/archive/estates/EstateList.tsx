import { DataTable, List } from 'react-admin';
import { estateExporter } from './exportColumns';

export const EstateList = () => (
  <List sort={{ field: 'id', order: 'ASC' }} exporter={estateExporter}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="nameEn" disableSort />
      <DataTable.Col source="address" disableSort />
    </DataTable>
  </List>
);
