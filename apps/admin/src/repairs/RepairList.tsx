import AddIcon from '@mui/icons-material/Add';
import { Box, useMediaQuery, type Theme } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { dayStart, isDay, localDay } from '../common/days';
import { DateTimeField } from '../common/fields';
import { EmptyLine } from '../common/SubRecordsTab';
import { onOnly } from '../common/transform';
import { useRepairNames } from './catalogue';
import {
  AppointmentField,
  CategoryField,
  RepairKindField,
  RepairMarks,
  RepairStatusField,
  ReporterField,
  SerialField,
  WhereField,
} from './RepairFields';
import { RepairCards } from './RepairCards';
import { REPAIR_CHANNELS, REPAIR_KINDS, REPAIR_STATUSES, repairRowSx } from './types';
import { repairExporter } from './exportColumns';

// Received from / until: days picked, both included, sent as instants (`to` excluded: the next day's start).
const fromParse = (value: unknown) => (isDay(value) ? dayStart(value).toISOString() : null);
const toParse = (value: unknown) => (isDay(value) ? dayStart(value, 1).toISOString() : null);
const dayOf = (value: unknown, shiftMs = 0) => {
  const at = value ? new Date(String(value)).getTime() : Number.NaN;
  return Number.isNaN(at) ? '' : localDay(new Date(at - shiftMs));
};

/** The register's "age": received more than this many days ago. */
const AGES = [1, 3, 7, 30];

/** On a phone only the search is always shown; the other filters come from the filter button. */
const useFilters = (small: boolean) => {
  const names = useRepairNames();
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={REPAIR_STATUSES.map((s) => ({ id: s, name: `estate.repairs.status.${s}` }))} alwaysOn={!small} />,
    <SelectInput key="kind" source="kind" choices={REPAIR_KINDS.map((k) => ({ id: k, name: `estate.repairs.kind.${k}` }))} alwaysOn={!small} />,
    <SelectInput key="category" source="category" choices={names.categoryChoices} translateChoice={false} alwaysOn={!small} />,
    <SelectInput key="channel" source="channel" choices={REPAIR_CHANNELS.map((c) => ({ id: c, name: `estate.repairs.channel.${c}` }))} />,
    <BooleanInput key="emergency" source="emergency" parse={onOnly} alwaysOn={!small} sx={{ mb: 0.5 }} />,
    <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} perPage={200}>
      <SelectInput optionText="name" />
    </ReferenceInput>,
    <ReferenceInput key="engineerId" source="engineerId" reference="staff" filter={{ department: 'ENGINEERING' }} sort={{ field: 'displayName', order: 'ASC' }} perPage={200}>
      <AutocompleteInput optionText="displayName" />
    </ReferenceInput>,
    <SelectInput
      key="olderThanDays"
      source="olderThanDays"
      choices={AGES.map((days) => ({ id: days, name: translate('estate.repairs.older_than', { smart_count: days }) }))}
      translateChoice={false}
    />,
    <BooleanInput key="publicArea" source="publicArea" parse={onOnly} sx={{ mb: 0.5 }} />,
    <DateInput key="from" source="from" parse={fromParse} format={(v: unknown) => dayOf(v)} />,
    <DateInput key="to" source="to" parse={toParse} format={(v: unknown) => dayOf(v, 1)} />,
  ];
};

const ListActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <CreateButton variant="contained" label="estate.repairs.new" icon={<AddIcon />} />
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

const NoRepairs = () => {
  const { filterValues } = useListContext();
  return <EmptyLine message={Object.keys(filterValues).length ? 'estate.repairs.none_match' : 'estate.repairs.empty'} />;
};

/**
 * The columns of the register and of the household's tab. Narrower than a desk screen (a 1024 px tablet), the marks
 * go under the serial and the reporter is left out (the household is under "where"), so that the table fits.
 */
export const RepairTable = ({ empty, where = true }: { empty: React.ReactElement; where?: boolean }) => {
  const desk = useMediaQuery<Theme>((theme) => theme.breakpoints.up('lg'));
  return (
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={repairRowSx} empty={empty}>
      <DataTable.Col source="serial">
        <SerialField />
        {!desk && (
          <Box sx={{ mt: 0.5 }}>
            <RepairMarks />
          </Box>
        )}
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      {where && (
        <DataTable.Col source="location" label="resources.repairs.fields.where" disableSort>
          <WhereField />
        </DataTable.Col>
      )}
      {desk && (
        <DataTable.Col source="reporterName" label="resources.repairs.fields.reporter" disableSort>
          <ReporterField />
        </DataTable.Col>
      )}
      <DataTable.Col source="category">
        <CategoryField />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <RepairKindField />
      </DataTable.Col>
      <DataTable.Col source="appointmentFrom" label="resources.repairs.fields.appointment">
        <AppointmentField />
      </DataTable.Col>
      <DataTable.Col source="engineer.displayName" label="resources.repairs.fields.engineer" disableSort />
      <DataTable.Col source="status">
        <RepairStatusField />
      </DataTable.Col>
      {desk && (
        <DataTable.Col label="resources.repairs.fields.marks" disableSort>
          <RepairMarks />
        </DataTable.Col>
      )}
    </DataTable>
  );
};

/**
 * The repair register, free and paid (REP-2, REP-3): newest first, emergencies with an orange edge,
 * overdue orders in red. On a phone or a portrait tablet it is a list of cards instead of a table.
 */
export const RepairList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List filters={useFilters(small)} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} actions={<ListActions />} exporter={repairExporter} empty={false}>
      {small ? <RepairCards empty={<NoRepairs />} /> : <RepairTable empty={<NoRepairs />} />}
    </List>
  );
};
