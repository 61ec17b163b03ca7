import { useMediaQuery, type Theme } from '@mui/material';
import { CreateButton, DataTable, DateField, ExportButton, List, SearchInput, SelectInput, SimpleList, TopToolbar, useTranslate } from 'react-admin';
import { CustodyStatusField } from './fields';
import { CUSTODY_STATUSES, unitText, type Custody } from './types';
import { custodyExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={CUSTODY_STATUSES.map((s) => ({ id: s, name: `estate.custody.status.${s}` }))} alwaysOn />,
];

/** MOV-7: the units in custody, and those whose custody has ended. */
export const CustodyList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List filters={filters} filterDefaultValues={{ status: 'ACTIVE' }} sort={{ field: 'startedAt', order: 'DESC' }} exporter={custodyExporter} actions={<TopToolbar><CreateButton label="estate.custody.new" /><ExportButton /></TopToolbar>}>
      {small ? (
        <SimpleList<Custody> primaryText={(r) => `${unitText(r)} · ${r.household.name}`} secondaryText={(r) => translate(`estate.custody.status.${r.status}`)} tertiaryText={(r) => r.agreementNo} linkType="show" />
      ) : (
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="unit" render={(r: Custody) => unitText(r)} disableSort />
          <DataTable.Col source="household" render={(r: Custody) => r.household.name} disableSort />
          <DataTable.Col source="agreementNo" />
          <DataTable.Col source="startedAt" field={DateField} />
          <DataTable.Col source="endedAt" field={DateField} />
          <DataTable.Col source="status" render={() => <CustodyStatusField />} />
        </DataTable>
      )}
    </List>
  );
};
