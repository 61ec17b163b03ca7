import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import { CreateButton, DataTable, DateInput, ExportButton, FilterButton, List, SearchInput, SelectInput, TopToolbar } from 'react-admin';
import { choices } from '../../common/enums';
import { CollectorInput } from '../inputs';
import { paymentColumns } from './PaymentFields';
import { paymentExporter } from './exportColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <DateInput key="date" source="date" alwaysOn />,
  <SelectInput key="method" source="method" choices={choices('paymentMethod')} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={choices('paymentChannel')} />,
  <CollectorInput key="collectorId" />,
];

const Actions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <CreateButton variant="contained" label="estate.payments.record" icon={<PointOfSaleIcon />} />
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

/** Every payment with its receipt (FEE-2), newest first. */
export const PaymentList = () => (
  <List filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }} perPage={25} actions={<Actions />} exporter={paymentExporter} empty={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      {paymentColumns({ household: true })}
    </DataTable>
  </List>
);
