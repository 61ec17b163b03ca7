import { BooleanField, DataTable, List, TextField, useCanAccess, type RaRecord } from 'react-admin';
import { EnumField } from '../../common/fields';
import { ChargeNameField } from '../fields';
import { CustodyReducedField, RateField } from './ChargeItemFields';
import { CHARGE_ITEM_SORT } from './types';
import { chargeItemExporter } from './exportColumns';

const inactiveRow = (record: RaRecord) => (record.active === false ? { opacity: 0.55 } : {});

/** What each household is charged every period (FEE-1); the clerk and managers edit it. */
export const ChargeItemList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'charge-items', action: 'edit' });
  return (
    <List sort={CHARGE_ITEM_SORT} perPage={50} pagination={false} exporter={chargeItemExporter}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false} rowSx={inactiveRow}>
        <DataTable.Col source="code">
          <TextField source="code" sx={{ fontFamily: 'monospace' }} />
        </DataTable.Col>
        <DataTable.Col source="nameZh" label="resources.charge-items.fields.name" disableSort>
          <ChargeNameField />
        </DataTable.Col>
        <DataTable.Col source="basis" disableSort>
          <EnumField source="basis" enumName="chargeBasis" />
        </DataTable.Col>
        <DataTable.Col source="rate" align="right">
          <RateField />
        </DataTable.Col>
        <DataTable.Col source="custodyReduced" disableSort>
          <CustodyReducedField />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
