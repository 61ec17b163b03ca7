import {
  BooleanField,
  DataTable,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { DayField, EnumField } from '../../common/fields';

/** A unit and the households registered in it (owner, tenants, past residents). */
export const UnitShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="buildingId" reference="buildings" link="show" />
      <TextField source="number" />
      <NumberField source="floor" />
      <NumberField source="areaSqm" />
      <EnumField source="status" enumName="unitStatus" />
      <Labeled label="resources.households.name">
        <ReferenceManyField reference="households" target="unitId" sort={{ field: 'id', order: 'ASC' }} perPage={50}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="occupancy">
              <EnumField source="occupancy" enumName="occupancy" />
            </DataTable.Col>
            <DataTable.Col source="phone" />
            <DataTable.Col source="moveInDate">
              <DayField source="moveInDate" />
            </DataTable.Col>
            <DataTable.Col source="active" disableSort>
              <BooleanField source="active" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
