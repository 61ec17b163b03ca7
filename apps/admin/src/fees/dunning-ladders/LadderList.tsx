import { BooleanInput, DataTable, ExportButton, FilterButton, List, NumberInput, ReferenceInput, SearchInput, SelectInput, TextField, TopToolbar, useListContext } from 'react-admin';
import { choices } from '../../common/enums';
import { DayField } from '../../common/fields';
import { EmptyLine } from '../../common/SubRecordsTab';
import { onOnly } from '../../common/transform';
import { integer, notNegative } from '../../common/validators';
import { FeeHouseholdField, MoneyField } from '../fields';
import { AgeField, LadderStatusField, LadderStepField, LadderUnitField } from './LadderFields';
import { SweepButton } from './SweepButton';
import { ladderExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="step" source="step" choices={choices('ladderStep')} alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('ladderStatus')} alwaysOn />,
  <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} perPage={200} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <NumberInput key="minAgeDays" source="minAgeDays" min={0} validate={[integer, notNegative]} alwaysOn />,
  <BooleanInput key="open" source="open" parse={onOnly} alwaysOn sx={{ mb: 0.5 }} />,
];

const Actions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <SweepButton />
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

const NoArrears = () => {
  const { filterValues } = useListContext();
  const filtered = Object.keys(filterValues).some((key) => key !== 'open');
  return <EmptyLine message={filtered ? 'estate.ladders.none_match' : 'estate.ladders.empty'} />;
};

/**
 * The overdue list (FEE-3): every household in arrears with its dunning ladder, the oldest debt
 * first. A row opens the ladder: its steps, tasks, timeline and actions.
 */
export const LadderList = () => (
  <List
    title="estate.ladders.title"
    filters={filters}
    filterDefaultValues={{ open: true }}
    sort={{ field: 'oldestDueDate', order: 'ASC' }}
    perPage={25}
    actions={<Actions />}
    exporter={ladderExporter}
    empty={false}
  >
    <DataTable rowClick="show" bulkActionButtons={false} empty={<NoArrears />}>
      <DataTable.Col source="householdId" label="resources.dunning-ladders.fields.household" disableSort>
        <FeeHouseholdField showPhone showUnit={false} />
      </DataTable.Col>
      <DataTable.Col source="household.unit.number" label="resources.dunning-ladders.fields.unit" disableSort>
        <LadderUnitField />
      </DataTable.Col>
      <DataTable.Col source="overdueAmount" align="right">
        <MoneyField source="overdueAmount" tone="debt" />
      </DataTable.Col>
      <DataTable.Col source="oldestDueDate">
        <DayField source="oldestDueDate" />
      </DataTable.Col>
      <DataTable.Col source="ageDays" align="right" disableSort>
        <AgeField />
      </DataTable.Col>
      <DataTable.Col source="step" disableSort>
        <LadderStepField />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <LadderStatusField />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort cellSx={() => ({ maxWidth: 280, whiteSpace: 'normal' })}>
        <TextField source="reason" emptyText="estate.common.none" />
      </DataTable.Col>
    </DataTable>
  </List>
);
