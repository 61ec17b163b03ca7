import {
  AutocompleteInput,
  ReferenceField,
  ReferenceInput,
  required,
  TextField,
  type Identifier,
  type RaRecord,
  type RedirectionSideEffect,
} from 'react-admin';

const householdFilterToQuery = (search: string) => ({ q: search });

/** Pick a household by name, phone or unit number (the API's `q` filter). */
export const HouseholdInput = ({ source = 'householdId' }: { source?: string }) => (
  <ReferenceInput source={source} reference="households" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={householdFilterToQuery} validate={required()} />
  </ReferenceInput>
);

/** The household a record belongs to, linking to its file. */
export const HouseholdReference = ({ source = 'householdId' }: { source?: string }) => (
  <ReferenceField source={source} reference="households" link="show">
    <TextField source="name" />
  </ReferenceField>
);

/** Where to go after saving a household's sub-record from its own page: back to the file's tab. */
export const backToHouseholdTab =
  (tab: string): RedirectionSideEffect =>
  (_resource?: string, _id?: Identifier, data?: Partial<RaRecord>) =>
    data?.householdId != null ? `households/${data.householdId}/show/${tab}` : 'households';
