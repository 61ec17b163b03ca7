import { Box, useMediaQuery, type Theme } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useListContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { PdfButton } from '../common/PdfButton';
import { CHANNELS, chinaTime, chinaToday, ChinaTimeField, KINDS, keyed, LinkedChip, receptionApi, WordField, type ReceptionEntry } from './shared';
import { receptionEntryExporter } from './exportColumns';

const filters = [
  <DateInput key="day" source="day" alwaysOn />,
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={keyed(KINDS, 'estate.reception.kind')} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={keyed(CHANNELS, 'estate.reception.channel')} />,
  <NullableBooleanInput key="linked" source="linked" />,
];

/** Printing the day the list shows (today when no day is picked). */
const Actions = () => {
  const { filterValues } = useListContext();
  const day = typeof filterValues.day === 'string' && filterValues.day ? filterValues.day : chinaToday();
  return (
    <TopToolbar>
      <PdfButton label="estate.reception.print_day" load={() => receptionApi.dayPdf(day)} />
      <CreateButton label="estate.reception.new" />
      <ExportButton />
    </TopToolbar>
  );
};

/** One line per entry on a phone: time, kind, resident and what was said. */
const PhoneList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <SimpleList<ReceptionEntry>
      primaryText={(r) => `${chinaTime(r.receivedAt, locale, false)} · ${translate(`estate.reception.kind.${r.kind}`)} · ${r.residentName}`}
      secondaryText={(r) => r.content}
      tertiaryText={(r) => translate(`estate.reception.channel.${r.channel}`)}
      linkType="show"
    />
  );
};

/**
 * REC-1: the daily reception log (住户接待登记): every call and visit of the day, what it was, who took it and who
 * handles it, and the case it became. Filtered by day (today to start with), kind, channel, linked and text.
 */
export const EntryList = () => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      title="estate.reception.menu"
      filters={filters}
      filterDefaultValues={{ day: chinaToday() }}
      sort={{ field: 'receivedAt', order: 'DESC' }}
      actions={<Actions />}
      perPage={50}
      exporter={receptionEntryExporter}
    >
      {phone ? (
        <PhoneList />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="receivedAt">
            <ChinaTimeField source="receivedAt" withDate={false} />
          </DataTable.Col>
          <DataTable.Col source="kind">
            <WordField source="kind" prefix="estate.reception.kind" />
          </DataTable.Col>
          <DataTable.Col source="channel">
            <WordField source="channel" prefix="estate.reception.channel" />
          </DataTable.Col>
          <DataTable.Col source="residentName" disableSort />
          <DataTable.Col source="content" disableSort render={(r: ReceptionEntry) => <Box sx={{ maxWidth: 420, whiteSpace: 'normal' }}>{r.content}</Box>} />
          <DataTable.Col source="takenById" disableSort render={(r: ReceptionEntry) => r.takenBy?.displayName ?? ''} />
          <DataTable.Col source="handlerId" disableSort render={(r: ReceptionEntry) => (r.handler ?? r.takenBy)?.displayName ?? ''} />
          <DataTable.Col source="case" disableSort>
            <LinkedChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
