import { Datagrid, DateField, FunctionField, List, TextField, useLocaleState, useTranslate } from 'react-admin';
import type { Inspection } from './types';
import { inspectionExporter } from './exportColumns';

/** Every inspection walked (move-in, custody patrols, decoration acceptance), newest first. */
export const InspectionList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} exporter={inspectionExporter}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="id" />
        <FunctionField source="titleZh" label="resources.inspections.fields.title" render={(r: Inspection) => (locale === 'zh' ? r.titleZh : r.titleEn)} />
        <FunctionField source="status" render={(r: Inspection) => translate(`estate.inspections.status.${r.status}`)} />
        <FunctionField label="resources.inspections.fields.defects" render={(r: Inspection) => r.items.filter((i) => i.condition === 'DEFECT').length} />
        <DateField source="createdAt" showTime />
      </Datagrid>
    </List>
  );
};
