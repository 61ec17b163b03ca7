import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactElement } from 'react';
import { CreateButton, DataTable, ExportButton, List, ReferenceInput, SearchInput, SelectInput, SimpleList, TopToolbar, useTranslate } from 'react-admin';
import { dayFilterInputs } from '../../common/figures/dayFilters';
import { DECORATION_STATUSES, type Decoration } from '../types';
import { DecorationStatusField, statusKey, TimingField, UnitText, WindowText } from './fields';
import { decorationExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={DECORATION_STATUSES.map((s) => ({ id: s, name: `estate.decoration.status.${s}` }))} alwaysOn />,
  <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} perPage={200}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  ...dayFilterInputs(),
  ...dayFilterInputs('approvedFrom', 'approvedTo'),
];

/** The decorations as a table: also the household file's tab (without the unit column). */
export const DecorationTable = ({ unit = true, empty }: { unit?: boolean; empty?: ReactElement }) => (
  <DataTable bulkActionButtons={false} rowClick={(id) => `/decorations/${id}/show`} empty={empty}>
    <DataTable.Col source="permitNumber" render={(r: Decoration) => r.permitNumber ?? `#${r.id}`} />
    {unit && <DataTable.Col source="householdId" render={() => <UnitText />} disableSort />}
    <DataTable.Col source="applicantName" disableSort />
    <DataTable.Col source="plan" disableSort />
    <DataTable.Col source="worksFrom" label="resources.decorations.fields.window" render={() => <WindowText />} disableSort />
    <DataTable.Col source="timing" render={() => <TimingField />} disableSort />
    <DataTable.Col source="status" render={() => <DecorationStatusField />} />
  </DataTable>
);

/** DEC-1..DEC-7: the register of decorations: applications, works under way or stopped, completed. */
export const DecorationList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={decorationExporter} actions={<TopToolbar><CreateButton label="estate.decoration.new" /><ExportButton /></TopToolbar>}>
      {small ? (
        <SimpleList<Decoration>
          primaryText={(r) => `${r.permitNumber ?? `#${r.id}`} · ${r.household.unit.number} · ${translate(`estate.decoration.status.${statusKey(r)}`)}`}
          secondaryText={(r) => r.plan}
          linkType="show"
        />
      ) : (
        <DecorationTable />
      )}
    </List>
  );
};
