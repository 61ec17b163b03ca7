import { DataTable, List } from 'react-admin';

export const EstateList = () => (
  <List sort={{ field: 'id', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="nameEn" disableSort />
      <DataTable.Col source="address" disableSort />
    </DataTable>
  </List>
);
