import { DataTable } from 'react-admin';
import { SubRecordsTab } from '../../common/SubRecordsTab';
import { ProxyInputs, proxyCreateTransform, proxyEditTransform } from './ProxyInputs';
import { ValidUntilField } from './ValidUntilField';

/** The people the household has authorised to act for it. */
export const ProxiesTab = () => (
  <SubRecordsTab
    reference="proxies"
    addLabel="estate.proxies.add"
    editTitle="estate.proxies.edit"
    emptyMessage="estate.proxies.empty"
    inputs={<ProxyInputs />}
    createTransform={proxyCreateTransform}
    editTransform={proxyEditTransform}
  >
    <DataTable.Col source="name" />
    <DataTable.Col source="idNumber" disableSort />
    <DataTable.Col source="phone" disableSort />
    <DataTable.Col source="scope" disableSort />
    <DataTable.Col source="validUntil" disableSort>
      <ValidUntilField />
    </DataTable.Col>
  </SubRecordsTab>
);
