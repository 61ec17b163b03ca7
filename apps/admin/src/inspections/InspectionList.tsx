import { useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, DateField, FunctionField, List, SimpleList, TextField, useLocaleState, useTranslate } from 'react-admin';
import { useLocalized } from '../common/localized';
import type { Inspection } from './types';
import { inspectionExporter } from './exportColumns';

const defects = (r: Inspection) => r.items.filter((i) => i.condition === 'DEFECT').length;

/** Every inspection walked (move-in, custody patrols, decoration acceptance), newest first; one line each on a phone. */
export const InspectionList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { formatDateTime } = useLocalized();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} exporter={inspectionExporter}>
      {phone ? (
        <SimpleList<Inspection & { id: number }>
          primaryText={(r) => (locale === 'zh' ? r.titleZh : r.titleEn)}
          secondaryText={(r) => `${translate(`estate.inspections.status.${r.status}`)} · ${translate('resources.inspections.fields.defects')} ${defects(r)} · ${formatDateTime(r.createdAt)}`}
          linkType="show"
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="id" />
          <FunctionField source="titleZh" label="resources.inspections.fields.title" render={(r: Inspection) => (locale === 'zh' ? r.titleZh : r.titleEn)} />
          <FunctionField source="status" render={(r: Inspection) => translate(`estate.inspections.status.${r.status}`)} />
          <FunctionField label="resources.inspections.fields.defects" render={defects} />
          <DateField source="createdAt" showTime />
        </Datagrid>
      )}
    </List>
  );
};
