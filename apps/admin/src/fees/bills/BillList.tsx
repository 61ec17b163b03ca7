import { BooleanInput, DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { choices } from '../../common/enums';
import { onOnly } from '../../common/transform';
import { overdueRowSx } from '../fields';
import { PeriodInput } from '../inputs';
import { billColumns } from './BillFields';
import { billExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <PeriodInput key="period" source="period" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices('billStatus')} alwaysOn />,
  <BooleanInput key="overdue" source="overdue" parse={onOnly} alwaysOn sx={{ mb: 0.5 }} />,
  <SelectInput key="age" source="age" choices={choices('agingBucket')} />,
];

/** Every bill issued by the billing runs (FEE-1): read-only, overdue ones in red. */
export const BillList = () => (
  <List filters={filters} sort={{ field: 'period', order: 'DESC' }} perPage={25} exporter={billExporter} empty={false}>
    <DataTable rowClick="show" bulkActionButtons={false} rowSx={overdueRowSx}>
      {billColumns({ household: true })}
    </DataTable>
  </List>
);
