import {
  DataTable,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { EnumField } from '../../common/fields';

export const BuildingShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="estateId" reference="estates" />
      <TextField source="code" />
      <TextField source="name" />
      <NumberField source="floors" />
      <Labeled label="resources.units.name">
        <ReferenceManyField reference="units" target="buildingId" sort={{ field: 'number', order: 'ASC' }} perPage={50}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="number" />
            <DataTable.Col source="floor" />
            <DataTable.NumberCol source="areaSqm" />
            <DataTable.Col source="status">
              <EnumField source="status" enumName="unitStatus" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
