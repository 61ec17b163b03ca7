import { Create, DateTimeInput, RadioButtonGroupInput, required, SimpleForm, TextInput } from 'react-admin';
import { HouseholdInput } from '../common/HouseholdInput';
import { newRequestId } from '../common/requestId';
import { phone } from '../common/validators';
import { APPLICANTS } from './types';

/** MOV-1: the move-in is opened for the household with who comes; the documents to check follow from it. */
export const MoveInCreate = () => (
  <Create redirect="show" transform={(data: Record<string, unknown>) => ({ ...data, requestId: newRequestId('move-in') })}>
    <SimpleForm defaultValues={{ applicantKind: 'OWNER' }}>
      <HouseholdInput />
      <RadioButtonGroupInput source="applicantKind" choices={APPLICANTS.map((a) => ({ id: a, name: `estate.move_in.applicant.${a}` }))} validate={required()} />
      <TextInput source="applicantName" validate={required()} />
      <TextInput source="applicantPhone" validate={[required(), phone]} />
      <DateTimeInput source="appointmentAt" />
    </SimpleForm>
  </Create>
);
