import AddIcon from '@mui/icons-material/Add';
import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
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
  SimpleList,
  TopToolbar,
  useListContext,
  useRecordContext,
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
  WhereField,
} from './RepairFields';
import { REPAIR_KINDS, REPAIR_STATUSES, repairRowSx, type RepairOrder } from './types';
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

/** The serial in bold, monospaced, so the eye finds it in a column. */
export const SerialField = () => {
  const record = useRecordContext<RepairOrder>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontWeight: 600, fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {record.serial}
    </Typography>
  );
};

/** The columns of the register and of the household's tab. */
export const RepairTable = ({ empty, where = true }: { empty: React.ReactElement; where?: boolean }) => (
  <DataTable rowClick="show" bulkActionButtons={false} rowSx={repairRowSx} empty={empty}>
    <DataTable.Col source="serial">
      <SerialField />
    </DataTable.Col>
    <DataTable.Col source="createdAt">
      <DateTimeField source="createdAt" />
    </DataTable.Col>
    {where && (
      <DataTable.Col source="location" label="resources.repairs.fields.where" disableSort>
        <WhereField />
      </DataTable.Col>
    )}
    <DataTable.Col source="reporterName" label="resources.repairs.fields.reporter" disableSort>
      <ReporterField />
    </DataTable.Col>
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
    <DataTable.Col label="resources.repairs.fields.marks" disableSort>
      <RepairMarks />
    </DataTable.Col>
  </DataTable>
);

const PhonePrimary = () => {
  const record = useRecordContext<RepairOrder>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <SerialField />
      <CategoryField />
      <RepairMarks />
    </Box>
  );
};

const PhoneSecondary = () => {
  const record = useRecordContext<RepairOrder>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mt: 0.5 }}>
      <WhereField />
      <AppointmentField />
    </Box>
  );
};

/** On a phone, one card-like line per order: serial, category, marks; where and when; status and register. */
export const RepairPhoneList = () => (
  <SimpleList
    primaryText={<PhonePrimary />}
    secondaryText={<PhoneSecondary />}
    tertiaryText={
      <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', gap: 0.5, alignItems: 'flex-end' }}>
        <RepairStatusField />
        <RepairKindField />
      </Box>
    }
    linkType="show"
    rowSx={repairRowSx}
  />
);

/**
 * The repair register, free and paid (REP-2, REP-3): newest first, emergencies with an orange edge,
 * overdue orders in red. On a phone it is a list of lines instead of a table.
 */
export const RepairList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List filters={useFilters(small)} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} actions={<ListActions />} exporter={repairExporter} empty={false}>
      {small ? <RepairPhoneList /> : <RepairTable empty={<NoRepairs />} />}
    </List>
  );
};
