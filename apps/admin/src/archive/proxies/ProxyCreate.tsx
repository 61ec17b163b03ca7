import { Create, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdInput } from '../../common/HouseholdInput';
import { useRequestId } from '../../common/useRequestId';
import { ProxyInputs, proxyCreateTransform } from './ProxyInputs';

/** Standalone page (`/proxies/create?source={"householdId":1}`); the household file adds proxies in a dialog. */
export const ProxyCreate = () => {
  const requestId = useRequestId('proxies');
  return (
    <Create transform={proxyCreateTransform} redirect={backToHouseholdTab('proxies')}>
      <SimpleForm sx={{ maxWidth: 720 }} defaultValues={{ requestId }}>
        <HouseholdInput />
        <ProxyInputs />
      </SimpleForm>
    </Create>
  );
};
