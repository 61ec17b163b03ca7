import { Edit, Labeled, SimpleForm } from 'react-admin';
import { backToHouseholdTab, HouseholdReference } from '../../common/HouseholdInput';
import { ProxyInputs, proxyEditTransform } from './ProxyInputs';

export const ProxyEdit = () => (
  <Edit mutationMode="pessimistic" transform={proxyEditTransform} redirect={backToHouseholdTab('proxies')}>
    <SimpleForm sx={{ maxWidth: 720 }}>
      <Labeled source="householdId">
        <HouseholdReference />
      </Labeled>
      <ProxyInputs />
    </SimpleForm>
  </Edit>
);
