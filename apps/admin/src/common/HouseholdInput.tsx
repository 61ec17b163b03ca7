import { useEffect, useRef } from 'react';
import {
  AutocompleteInput,
  ReferenceField,
  ReferenceInput,
  required,
  TextField,
  type Identifier,
  type RaRecord,
  type RedirectionSideEffect,
  type Validator,
} from 'react-admin';

const householdFilterToQuery = (search: string) => ({ q: search });

/** Pick a household by name, phone or unit number (the API's `q` filter). */
export const HouseholdInput = ({ source = 'householdId' }: { source?: string }) => (
  <ReferenceInput source={source} reference="households" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={householdFilterToQuery} validate={required()} />
  </ReferenceInput>
);

export interface HouseholdOption extends RaRecord {
  name: string;
  phone: string;
  unit?: { number?: string } | null;
}

/** "1-0302 · Li Ming · 13800138000" */
export const householdOptionText = (record: HouseholdOption | undefined) =>
  record ? [record.unit?.number, record.name, record.phone].filter(Boolean).join(' · ') : '';

interface HouseholdLookupProps {
  source?: string;
  helperText?: string;
  validate?: Validator | Validator[];
  /** Called with the chosen household (undefined when the input is cleared). */
  onChange?: (value: unknown, household: HouseholdOption | undefined) => void;
}

/**
 * The household lookup of the desk forms (a complaint on the phone, a payment at the counter):
 * type a unit number, a phone number or a name (the API's `q`), Enter picks the first match.
 * It has the focus when the page opens.
 */
export const HouseholdLookup = ({ source = 'householdId', helperText, validate, onChange }: HouseholdLookupProps) => {
  // Not with `autoFocus`: the input would get its focus event while react-admin's handlers are
  // still being set up, which they refuse.
  const inputRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <ReferenceInput source={source} reference="households" filter={{ active: true }} sort={{ field: 'unit.number', order: 'ASC' }}>
      <AutocompleteInput
        optionText={householdOptionText}
        inputText={householdOptionText}
        filterToQuery={householdFilterToQuery}
        onChange={onChange ? (value: unknown, record: unknown) => onChange(value, (record as HouseholdOption) ?? undefined) : undefined}
        autoHighlight
        helperText={helperText}
        validate={validate}
        TextFieldProps={{ inputRef }}
        sx={{ maxWidth: 960 }}
        fullWidth
      />
    </ReferenceInput>
  );
};

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
