import { Chip } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DeleteButton,
  ExportButton,
  List,
  NullableBooleanInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../../common/fields';
import { calendarDayExporter } from './exportColumns';

const filters = [<NullableBooleanInput key="workday" source="workday" alwaysOn />];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** A holiday, or a weekend day that is worked (调休). */
const KindField = () => {
  const day = useRecordContext();
  const translate = useTranslate();
  if (!day) return null;
  return day.workday ? (
    <Chip size="small" color="info" variant="outlined" label={translate('estate.calendar.workday')} />
  ) : (
    <Chip size="small" color="success" variant="outlined" label={translate('estate.calendar.holiday')} />
  );
};

/** The business calendar's exceptions: public holidays and adjusted working days; deadlines count them. */
export const CalendarDayList = () => (
  <List filters={filters} sort={{ field: 'date', order: 'ASC' }} perPage={50} actions={<Actions />} exporter={calendarDayExporter}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="date">
        <DayField source="date" />
      </DataTable.Col>
      <DataTable.Col source="workday" disableSort>
        <KindField />
      </DataTable.Col>
      <DataTable.Col source="nameZh" disableSort />
      <DataTable.Col source="nameEn" disableSort />
      <DataTable.Col label={false} disableSort>
        <DeleteButton mutationMode="pessimistic" redirect={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
