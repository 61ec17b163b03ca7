import { useMemo } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { useRequestId } from '../../common/useRequestId';
import { HouseholdInputs, householdDefaults, householdTransform } from './HouseholdInputs';

/** The new household with the form's request id: a double press opens one file. */
const householdCreateTransform = (data: Record<string, unknown>) => ({
  ...householdTransform(data),
  ...(typeof data.requestId === 'string' ? { requestId: data.requestId } : {}),
});

export const HouseholdCreate = () => {
  const requestId = useRequestId('households');
  const defaults = useMemo(() => ({ ...householdDefaults, requestId }), [requestId]);
  return (
    <Create transform={householdCreateTransform} redirect="show">
      <SimpleForm defaultValues={defaults}>
        <HouseholdInputs />
      </SimpleForm>
    </Create>
  );
};
