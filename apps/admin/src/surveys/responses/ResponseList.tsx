import { DataTable, List, ReferenceField, SelectInput, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../common/fields';
import { dayFilterInputs } from '../../common/figures/dayFilters';
import { SURVEY_METHODS } from '../types';
import { responseExporter } from '../exportColumns';

const filters = [<SelectInput key="method" source="method" choices={SURVEY_METHODS.map((m) => ({ id: m, name: `estate.surveys.method.${m}` }))} alwaysOn />, ...dayFilterInputs()];

/** SAT-1: the surveys answered, by visit, phone, opinion form or link. */
export const ResponseList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'respondedAt', order: 'DESC' }} exporter={responseExporter}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="respondedAt" field={DateTimeField} />
        <DataTable.Col source="method" render={(r: { method: string }) => translate(`estate.surveys.method.${r.method}`)} />
        <DataTable.Col source="campaignId">
          <ReferenceField source="campaignId" reference="survey-campaigns" link="show">
            <TextField source="name" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="householdId">
          <ReferenceField source="householdId" reference="households" link="show">
            <TextField source="name" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="respondentName" />
      </DataTable>
    </List>
  );
};
