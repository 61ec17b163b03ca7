import { AutocompleteInput, Create, DateInput, NumberInput, ReferenceInput, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const newRequestId = () => `custody-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** MOV-7: the custody agreement with the meter readings at its start; the unit is billed at 70% from then on. */
export const CustodyCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="show" mutationMode="pessimistic" transform={(data: Record<string, unknown>) => ({ ...data, requestId: data.requestId ?? newRequestId() })}>
      <SimpleForm defaultValues={{ signedOn: today(), requestId: newRequestId() }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('estate.custody.create_help')}
        </Typography>
        <ReferenceInput source="householdId" reference="households" filter={{ occupancy: 'OWNER' }}>
          <AutocompleteInput optionText="name" validate={required()} fullWidth />
        </ReferenceInput>
        <TextInput source="agreementNo" validate={required()} />
        <DateInput source="signedOn" validate={required()} />
        <NumberInput source="water" label="resources.custody.fields.startWater" validate={required()} min={0} />
        <NumberInput source="electricity" label="resources.custody.fields.startElectricity" validate={required()} min={0} />
        <TextInput source="notes" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
};
