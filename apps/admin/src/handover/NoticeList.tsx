import { useMediaQuery, type Theme } from '@mui/material';
import { BooleanInput, DataTable, List, SearchInput, SimpleList, useTranslate } from 'react-admin';
import type { HandoverNotice } from './types';
import { handoverNoticeExporter } from './exportColumns';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <BooleanInput key="booked" source="booked" alwaysOn />];
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');
const unitOf = (n: HandoverNotice) => `${n.unit.building.name} ${n.unit.number}`;

/** The move-in notices of the developer's list (identity numbers masked) and their appointments. */
export const NoticeList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} exporter={handoverNoticeExporter}>
      {small ? (
        <SimpleList<HandoverNotice> primaryText={(n) => `${unitOf(n)} · ${n.buyerName}`} secondaryText={(n) => (n.appointmentFrom ? when(n.appointmentFrom) : translate('estate.handover.not_booked'))} linkType="show" />
      ) : (
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="unit" render={(n: HandoverNotice) => unitOf(n)} disableSort />
          <DataTable.Col source="buyerName" />
          <DataTable.Col source="idNumber" disableSort />
          <DataTable.Col source="phone" disableSort />
          <DataTable.Col source="appointmentFrom" render={(n: HandoverNotice) => (n.appointmentFrom ? when(n.appointmentFrom) : translate('estate.handover.not_booked'))} />
        </DataTable>
      )}
    </List>
  );
};
