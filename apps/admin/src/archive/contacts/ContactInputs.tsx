import { BooleanInput, DateTimeInput, email, maxLength, required, TextInput, type Validator } from 'react-admin';
import { pickWritable } from '../../common/transform';
import { phone } from '../../common/validators';

const FIELDS = ['name', 'relation', 'phone', 'email', 'emergency', 'verifiedAt'] as const;

/** The new record, with the form's request id (one per filling: a double press adds it once). */
export const contactCreateTransform = pickWritable(['householdId', ...FIELDS, 'requestId']);
export const contactEditTransform = pickWritable(FIELDS);

/** The browser's "YYYY-MM-DDTHH:mm" (local time) sent as an ISO instant. */
const toInstant = (value: string | null) => (value ? new Date(value).toISOString() : null);

/** A contact is only useful with a way to reach them. */
const phoneOrEmail: Validator = (_value, values) => (values?.phone || values?.email ? undefined : 'estate.contacts.phone_or_email');

export const ContactInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} />
    <TextInput source="relation" validate={maxLength(40)} />
    <TextInput source="phone" validate={[phone, phoneOrEmail]} />
    <TextInput source="email" type="email" validate={[email(), phoneOrEmail]} />
    <BooleanInput source="emergency" />
    <DateTimeInput source="verifiedAt" parse={toInstant} />
  </>
);
