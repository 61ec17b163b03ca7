import { DataTable, Labeled, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const EstateShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="nameEn" emptyText="estate.common.none" />
      <TextField source="address" />
      <Labeled label="resources.buildings.name">
        <ReferenceManyField reference="buildings" target="estateId" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="name" />
            <DataTable.Col source="floors" />
          </DataTable>
        </ReferenceManyField>
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
