import { DataTable, List, NumberField, TextField, useCanAccess } from 'react-admin';
import { DateTimeField } from '../../common/fields';
import { ChargeNameField, PeriodField } from '../fields';
import { PeriodInput } from '../inputs';
import { MeteredItemInput, UnitInput } from './MeterReadingInputs';
import { meterReadingExporter } from './exportColumns';

const filters = [
  <UnitInput key="unitId" alwaysOn />,
  <MeteredItemInput key="chargeItemId" alwaysOn />,
  <PeriodInput key="period" source="period" alwaysOn />,
];

/** The units' meter readings, newest first; a row opens the reading to correct it. */
export const MeterReadingList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'meter-readings', action: 'edit' });
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={meterReadingExporter}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="unit.number" label="resources.meter-readings.fields.unitId" disableSort>
          <TextField source="unit.number" />
        </DataTable.Col>
        <DataTable.Col source="chargeItemId" disableSort>
          <ChargeNameField source="chargeItem" />
        </DataTable.Col>
        <DataTable.Col source="period">
          <PeriodField />
        </DataTable.Col>
        <DataTable.Col source="quantity" align="right" disableSort>
          <NumberField source="quantity" options={{ maximumFractionDigits: 2 }} />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <DateTimeField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
