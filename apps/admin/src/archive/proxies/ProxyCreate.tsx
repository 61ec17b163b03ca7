import { Create, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdInput } from '../../common/HouseholdInput';
import { ProxyInputs, proxyCreateTransform } from './ProxyInputs';

/** Standalone page (`/proxies/create?source={"householdId":1}`); the household file adds proxies in a dialog. */
export const ProxyCreate = () => (
  <Create transform={proxyCreateTransform} redirect={backToHouseholdTab('proxies')}>
    <SimpleForm sx={{ maxWidth: 720 }}>
      <HouseholdInput />
      <ProxyInputs />
    </SimpleForm>
  </Create>
);
