import { useMediaQuery, type Theme } from '@mui/material';
import { CreateButton, DataTable, ExportButton, List, SearchInput, SelectInput, SimpleList, TopToolbar, useLocaleState, useTranslate } from 'react-admin';
import { chinaTime, RELEASE_STATUSES, type ReleasePass } from '../types';
import { HouseholdText, ItemsField, itemsText, StatusField, WindowField } from './fields';
import { releasePassExporter } from '../exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={RELEASE_STATUSES.map((s) => ({ id: s, name: `estate.gate.status.${s}` }))} alwaysOn />,
];

/** REC-3: the reception's register of item release passes: applications, issued, used, expired, revoked. */
export const ReleasePassList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={releasePassExporter} actions={<TopToolbar><CreateButton label="estate.gate.new" /><ExportButton /></TopToolbar>}>
      {small ? (
        <SimpleList<ReleasePass>
          primaryText={(r) => `${r.pass?.number ?? `#${r.id}`} · ${r.applicantName} · ${translate(`estate.gate.status.${r.status}`)}`}
          secondaryText={(r) => itemsText(r)}
          tertiaryText={(r) => chinaTime(r.validFrom, locale)}
          linkType="show"
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="number" render={(r: ReleasePass) => r.pass?.number ?? '—'} disableSort />
          <DataTable.Col source="householdId" render={() => <HouseholdText />} disableSort />
          <DataTable.Col source="applicantName" />
          <DataTable.Col source="items" render={() => <ItemsField />} disableSort />
          <DataTable.Col source="validFrom" label="resources.release-passes.fields.window" render={() => <WindowField />} />
          <DataTable.Col source="status" render={() => <StatusField />} disableSort />
        </DataTable>
      )}
    </List>
  );
};
