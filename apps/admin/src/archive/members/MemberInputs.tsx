import { maxLength, required, TextInput } from 'react-admin';
import { pickWritable } from '../../common/transform';
import { phone } from '../../common/validators';

const FIELDS = ['name', 'relation', 'phone', 'idNumber'] as const;

/** The new record, with the form's request id (one per filling: a double press adds it once). */
export const memberCreateTransform = pickWritable(['householdId', ...FIELDS, 'requestId']);
/** A member stays in its household: the update sends only the member's own fields. */
export const memberEditTransform = pickWritable(FIELDS);

export const MemberInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <TextInput source="relation" validate={[required(), maxLength(40)]} />
    <TextInput source="phone" validate={phone} />
    <TextInput source="idNumber" validate={maxLength(40)} />
  </>
);
