import { DataTable, List, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { CASE_STATUS_COLORS, choices, PRIORITY_COLORS } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { EscalationLevelField, TitleField } from '../tasks/TaskFields';
import { CaseHouseholdField, CaseTierField, escalatedRowSx, ProcessField } from './CaseFields';
import { caseExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('caseStatus')} alwaysOn />,
  <SelectInput key="priority" source="priority" choices={choices('priority')} />,
  <SelectInput key="process" source="process" choices={choices('process')} />,
  <NullableBooleanInput key="escalated" source="escalated" />,
];

/** Cases of every process: complaints, repairs, dunning, move-ins, decoration approvals. */
export const CaseList = () => (
  <List filters={filters} filterDefaultValues={{ status: 'OPEN' }} sort={{ field: 'openedAt', order: 'DESC' }} perPage={25} exporter={caseExporter}>
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={escalatedRowSx}>
      <DataTable.Col source="id" />
      <DataTable.Col source="titleZh" label="resources.cases.fields.title" disableSort>
        <TitleField />
      </DataTable.Col>
      <DataTable.Col source="process">
        <ProcessField />
      </DataTable.Col>
      <DataTable.Col source="householdId" label="resources.cases.fields.household" disableSort>
        <CaseHouseholdField />
      </DataTable.Col>
      <DataTable.Col source="priority">
        <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
      </DataTable.Col>
      <DataTable.Col source="tier" disableSort>
        <CaseTierField />
      </DataTable.Col>
      <DataTable.Col source="status">
        <EnumField source="status" enumName="caseStatus" colors={CASE_STATUS_COLORS} />
      </DataTable.Col>
      <DataTable.Col source="escalationLevel">
        <EscalationLevelField />
      </DataTable.Col>
      <DataTable.Col source="openedAt">
        <DateTimeField source="openedAt" />
      </DataTable.Col>
      <DataTable.Col source="closedAt">
        <DateTimeField source="closedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
