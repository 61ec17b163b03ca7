import { DateInput, maxLength, required, TextInput } from 'react-admin';
import { pickWritable } from '../../common/transform';
import { phone } from '../../common/validators';

const FIELDS = ['name', 'idNumber', 'phone', 'scope', 'validUntil'] as const;

/** The new record, with the form's request id (one per filling: a double press adds it once). */
export const proxyCreateTransform = pickWritable(['householdId', ...FIELDS, 'requestId']);
export const proxyEditTransform = pickWritable(FIELDS);

/** A proxy acts for the owner (MOV-1, DEC-1): identity, what they may do, and until when. */
export const ProxyInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <TextInput source="idNumber" validate={[required(), maxLength(40)]} />
    <TextInput source="phone" validate={phone} />
    <TextInput source="scope" validate={[required(), maxLength(200)]} multiline />
    <DateInput source="validUntil" />
  </>
);
