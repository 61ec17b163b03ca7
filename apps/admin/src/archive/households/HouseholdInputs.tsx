import { Box } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  email,
  maxLength,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { choices } from '../../common/enums';
import { pickWritable } from '../../common/transform';
import { phone } from '../../common/validators';

/** What the API accepts in POST/PUT /households; `unit`, `id` and timestamps are read-only. */
export const HOUSEHOLD_WRITABLE = [
  'unitId',
  'occupancy',
  'partyType',
  'name',
  'idNumber',
  'companyRegNo',
  'phone',
  'email',
  'language',
  'noticeChannel',
  'moveInDate',
  'active',
  'notes',
] as const;

const pickHousehold = pickWritable(HOUSEHOLD_WRITABLE);

/**
 * Only the writable fields. The company registration number belongs to company households: it
 * is left out for an individual (and when empty), as the API validates any value it is given.
 */
export const householdTransform = (data: Record<string, unknown>) => {
  const body = pickHousehold(data);
  if (body.partyType !== 'COMPANY' || body.companyRegNo == null || body.companyRegNo === '') delete body.companyRegNo;
  return body;
};

export const householdDefaults = {
  occupancy: 'OWNER',
  partyType: 'INDIVIDUAL',
  language: 'zh',
  noticeChannel: 'SMS',
  active: true,
};

const unitFilterToQuery = (search: string) => ({ q: search });

/**
 * The unit picker searches units by number. Choosing a building first (a helper input, never
 * sent: the transform keeps only writable fields) narrows the search to that building.
 */
const UnitPicker = () => {
  const buildingId = useWatch({ name: 'unit.buildingId' });
  return (
    <ReferenceInput
      source="unitId"
      reference="units"
      filter={buildingId ? { buildingId } : {}}
      sort={{ field: 'number', order: 'ASC' }}
    >
      <AutocompleteInput
        optionText="number"
        filterToQuery={unitFilterToQuery}
        validate={required()}
        helperText="estate.household.unit_hint"
      />
    </ReferenceInput>
  );
};

const CompanyRegNoInput = () => {
  const partyType = useWatch({ name: 'partyType' });
  if (partyType !== 'COMPANY') return null;
  return <TextInput source="companyRegNo" validate={[required(), maxLength(40)]} />;
};

const Row = ({ children }: { children: React.ReactNode }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
      columnGap: 2,
      width: '100%',
      maxWidth: 860,
    }}
  >
    {children}
  </Box>
);

export const HouseholdInputs = () => (
  <>
    <Row>
      <ReferenceInput source="unit.buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} perPage={200}>
        <SelectInput helperText="estate.household.building_filter_hint" />
      </ReferenceInput>
      <UnitPicker />
    </Row>
    <Row>
      <RadioButtonGroupInput source="occupancy" choices={choices('occupancy')} validate={required()} />
      <RadioButtonGroupInput source="partyType" choices={choices('partyType')} validate={required()} />
    </Row>
    <Row>
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <TextInput source="phone" validate={[required(), phone]} />
    </Row>
    <Row>
      <TextInput source="idNumber" validate={maxLength(40)} />
      <CompanyRegNoInput />
    </Row>
    <Row>
      <TextInput source="email" type="email" validate={[email(), maxLength(200)]} />
      <SelectInput source="language" choices={choices('language')} validate={required()} />
    </Row>
    <Row>
      <SelectInput
        source="noticeChannel"
        choices={choices('noticeChannel')}
        validate={required()}
        helperText="estate.household.notice_channel_hint"
      />
    </Row>
    <Row>
      <DateInput source="moveInDate" />
      <BooleanInput source="active" />
    </Row>
    <TextInput source="notes" multiline minRows={2} validate={maxLength(2000)} sx={{ maxWidth: 860 }} />
  </>
);
