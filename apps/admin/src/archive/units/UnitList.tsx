import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { choices } from '../../common/enums';
import { EnumField } from '../../common/fields';
import { unitExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="buildingId"
    source="buildingId"
    reference="buildings"
    sort={{ field: 'code', order: 'ASC' }}
    perPage={200}
    alwaysOn
  >
    <SelectInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={choices('unitStatus')} alwaysOn />,
];

export const UnitList = () => (
  <List filters={filters} sort={{ field: 'number', order: 'ASC' }} perPage={25} exporter={unitExporter}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="buildingId">
        <ReferenceField source="buildingId" reference="buildings" link={false} />
      </DataTable.Col>
      <DataTable.Col source="number" />
      <DataTable.Col source="floor" />
      <DataTable.NumberCol source="areaSqm" />
      <DataTable.Col source="status">
        <EnumField source="status" enumName="unitStatus" />
      </DataTable.Col>
    </DataTable>
  </List>
);
