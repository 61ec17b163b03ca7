import {
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
} from 'react-admin';
import { DayField, EnumField } from '../../common/fields';
import { choices } from '../../common/enums';
import type { Household } from './types';
import { unitLabel } from './types';
import { householdExporter } from './exportColumns';

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
  <SelectInput key="occupancy" source="occupancy" choices={choices('occupancy')} />,
  <SelectInput key="partyType" source="partyType" choices={choices('partyType')} />,
  <NullableBooleanInput key="active" source="active" />,
];

const inactiveRow = (record: Household) => (record.active === false ? { opacity: 0.55 } : {});

export const HouseholdList = () => (
  <List filters={filters} sort={{ field: 'unit.number', order: 'ASC' }} perPage={25} exporter={householdExporter}>
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={inactiveRow}>
      <DataTable.Col
        source="unit.number"
        label="resources.households.fields.unit"
        render={(record) => unitLabel((record as Household).unit)}
      />
      <DataTable.Col source="name">
        <TextField source="name" />
      </DataTable.Col>
      <DataTable.Col source="occupancy">
        <EnumField source="occupancy" enumName="occupancy" />
      </DataTable.Col>
      <DataTable.Col source="partyType">
        <EnumField source="partyType" enumName="partyType" />
      </DataTable.Col>
      <DataTable.Col source="phone" />
      <DataTable.Col source="moveInDate">
        <DayField source="moveInDate" />
      </DataTable.Col>
    </DataTable>
  </List>
);
