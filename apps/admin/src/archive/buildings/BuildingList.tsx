import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { buildingExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="estateId" source="estateId" reference="estates">
    <SelectInput />
  </ReferenceInput>,
];

export const BuildingList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={50} exporter={buildingExporter}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="floors" />
      <DataTable.Col source="estateId" disableSort>
        <ReferenceField source="estateId" reference="estates" link={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
