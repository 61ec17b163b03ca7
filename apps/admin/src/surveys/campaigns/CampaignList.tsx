import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, SearchInput, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { DateTimeField } from '../../common/fields';
import { SURVEY_METHODS, type Campaign } from '../types';
import { campaignExporter } from '../exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="method" source="method" choices={SURVEY_METHODS.map((m) => ({ id: m, name: `estate.surveys.method.${m}` }))} alwaysOn />,
  <SelectInput key="status" source="status" choices={['OPEN', 'CLOSED'].map((s) => ({ id: s, name: `estate.surveys.status.${s}` }))} alwaysOn />,
];

/** SAT-1: the survey campaigns, who was asked and how many answered; one line per campaign on a phone. */
export const CampaignList = () => {
  const translate = useTranslate();
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={campaignExporter}>
      {small ? (
        <SimpleList<Campaign>
          primaryText={(c) => c.name}
          secondaryText={(c) => `${translate(`estate.surveys.method.${c.method}`)} · ${translate('estate.surveys.answered_count', { asked: c.asked, answered: c.answered })}`}
          tertiaryText={(c) => translate(`estate.surveys.status.${c.status}`)}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="method" render={(c: Campaign) => translate(`estate.surveys.method.${c.method}`)} />
          <DataTable.NumberCol source="asked" />
          <DataTable.NumberCol source="answered" />
          <DataTable.Col source="status" render={(c: Campaign) => translate(`estate.surveys.status.${c.status}`)} />
          <DataTable.Col source="createdAt" field={DateTimeField} />
          <DataTable.Col source="closesAt" field={DateTimeField} />
        </DataTable>
      )}
    </List>
  );
};
