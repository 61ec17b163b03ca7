import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { DataTable, ExportButton, List, SearchInput, SelectInput, TopToolbar, FilterButton, useListContext, useTranslate } from 'react-admin';
import { CaseHouseholdField, CaseTitleField, escalatedRowSx, NextDueField, ProcessField } from '../cases/CaseFields';
import { CaseTasksTable } from '../cases/CaseTasksTable';
import { CaseOverrideMenu } from '../cases/overrides/OverrideActions';
import { choices, PRIORITY_COLORS } from '../../common/enums';
import { DateTimeField, EnumField } from '../../common/fields';
import { EscalationLevelField } from '../tasks/TaskFields';
import { escalationExporter } from '../cases/exportColumns';

/** The windows offered for "due within"; the API's default is 24 hours. */
export const WINDOWS = [4, 24, 72] as const;
const DEFAULT_WINDOW = 24;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="priority" source="priority" choices={choices('priority')} />,
  <SelectInput key="process" source="process" choices={choices('process')} />,
];

/** "Due within 4 h / 24 h / 72 h": the `withinHours` filter, a number as the API requires. */
const WindowSwitch = () => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const current = Number(filterValues.withinHours ?? DEFAULT_WINDOW);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('estate.escalations.due_within')}
      </Typography>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={current}
        onChange={(_event, value: number | null) => {
          if (value != null) setFilters({ ...filterValues, withinHours: value }, displayedFilters);
        }}
      >
        {WINDOWS.map((hours) => (
          <ToggleButton key={hours} value={hours} data-hours={hours} sx={{ textTransform: 'none', px: 1.5 }}>
            {translate('estate.escalations.hours', { smart_count: hours })}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
};

const Actions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <WindowSwitch />
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

/**
 * For managers: every open case that is escalated or has a task due within the window, with
 * what is due next and the overrides at hand. A row expands to the case's tasks.
 */
export const EscalationList = () => (
  <List
    title="estate.escalations.title"
    filters={filters}
    filterDefaultValues={{ withinHours: DEFAULT_WINDOW }}
    sort={{ field: 'escalationLevel', order: 'DESC' }}
    perPage={25}
    actions={<Actions />}
    empty={false}
    exporter={escalationExporter}
  >
    <DataTable
      rowClick={(id) => `/cases/${id}/show`}
      bulkActionButtons={false}
      rowSx={escalatedRowSx}
      expand={<CaseTasksTable />}
      empty={<NothingDue />}
    >
      <DataTable.Col source="id" label="resources.cases.fields.title" disableSort>
        <CaseTitleField />
      </DataTable.Col>
      <DataTable.Col source="process" label="resources.cases.fields.process">
        <ProcessField />
      </DataTable.Col>
      <DataTable.Col source="householdId" label="resources.cases.fields.household" disableSort>
        <CaseHouseholdField />
      </DataTable.Col>
      <DataTable.Col source="escalationLevel" label="resources.cases.fields.escalationLevel">
        <EscalationLevelField />
      </DataTable.Col>
      <DataTable.Col label="estate.escalations.next_due" disableSort>
        <NextDueField />
      </DataTable.Col>
      <DataTable.Col source="priority" label="resources.cases.fields.priority">
        <EnumField source="priority" enumName="priority" colors={PRIORITY_COLORS} />
      </DataTable.Col>
      <DataTable.Col source="openedAt" label="resources.cases.fields.openedAt">
        <DateTimeField source="openedAt" />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <CaseOverrideMenu />
      </DataTable.Col>
    </DataTable>
  </List>
);

const NothingDue = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate('estate.escalations.empty', { smart_count: Number(filterValues.withinHours ?? DEFAULT_WINDOW) })}
    </Typography>
  );
};
